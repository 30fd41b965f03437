import type { TApiIssue } from '@kratom-care/contracts';

/** One problem with one field of a request, as the server's error handler reports it (`ZApiIssue`). */
export type ApiIssue = Readonly<TApiIssue>;

/** The code the client uses when the server could not be reached at all. */
export const NETWORK_ERROR = 'NETWORK_ERROR';

/**
 * A request that did not succeed: the server's `{ code, message, issues }` body plus the status.
 * Field problems are keyed by their dotted path (`admin.email`), first message per field.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: readonly ApiIssue[];

  constructor(status: number, code: string, message: string, issues: readonly ApiIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
  }

  /** @returns The first message for each field, keyed by the dotted path (`facility.name`). */
  fieldMessages(): Readonly<Record<string, string>> {
    const messages: Record<string, string> = {};
    for (const issue of this.issues) {
      const key = issue.path.join('.');
      if (key !== '' && !(key in messages)) {
        messages[key] = issue.message;
      }
    }
    return messages;
  }
}

function isIssue(value: unknown): value is ApiIssue {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const { path, message } = value as { path?: unknown; message?: unknown };
  return Array.isArray(path) && typeof message === 'string';
}

/**
 * Reads an error body defensively: a proxy or a crash page may answer with anything.
 *
 * @param status - The HTTP status.
 * @param body - The parsed body, or null when it was not JSON.
 * @returns The typed error.
 */
export function toApiError(status: number, body: unknown): ApiError {
  const shape = (typeof body === 'object' && body !== null ? body : {}) as {
    code?: unknown;
    message?: unknown;
    issues?: unknown;
  };
  const code = typeof shape.code === 'string' ? shape.code : `HTTP_${status}`;
  const message = typeof shape.message === 'string' ? shape.message : '';
  const issues = Array.isArray(shape.issues) ? shape.issues.filter(isIssue) : [];
  return new ApiError(status, code, message, issues);
}

/**
 * @param error - Anything caught.
 * @returns It as an {@link ApiError}; unknown failures become a network error.
 */
export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, NETWORK_ERROR, '');
}
