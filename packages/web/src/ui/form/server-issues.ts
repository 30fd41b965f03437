import { asApiError, type ApiError } from '../../api/api-error';

/** A server answer split into what belongs to the form's fields and what belongs to no field. */
export interface SplitIssues {
  /** Field name (dotted, as react-hook-form names it) → the server's first message for it. */
  readonly fields: Readonly<Record<string, string>>;
  /** The failure to show above the form, or null when every problem was placed at a field. */
  readonly rest: ApiError | null;
}

/**
 * @param path - An issue path from the server, e.g. `['admin', 'email']` or `['categories', 2]`.
 * @param names - The form's field names.
 * @returns The field the issue belongs to: the longest prefix of the path that is a field
 *   (`categories.2` → `categories`), or undefined.
 */
export function fieldForPath(path: readonly (string | number)[], names: readonly string[]): string | undefined {
  for (let length = path.length; length > 0; length -= 1) {
    const name = path.slice(0, length).join('.');
    if (names.includes(name)) {
      return name;
    }
  }
  return undefined;
}

/**
 * Maps a failed request onto a form: every `issues[].path` the form has a field for goes to that field
 * (first message wins); anything else (a wrong password, the network, an issue for a field the form
 * does not show) stays as the form's own error.
 *
 * @param error - What the request rejected with.
 * @param names - The form's field names.
 * @returns The split.
 * @example splitServerIssues(new ApiError(400, 'INVALID_BODY', '', [{ path: ['email'], message: 'Taken' }]), ['email']) // { fields: { email: 'Taken' }, rest: null }
 */
export function splitServerIssues(error: unknown, names: readonly string[]): SplitIssues {
  const apiError = asApiError(error);
  const fields: Record<string, string> = {};
  let unplaced = apiError.issues.length === 0;
  for (const issue of apiError.issues) {
    const name = fieldForPath(issue.path, names);
    if (name === undefined) {
      unplaced = true;
    } else if (!(name in fields)) {
      fields[name] = issue.message;
    }
  }
  return { fields, rest: unplaced ? apiError : null };
}
