import { get, type FieldErrors } from 'react-hook-form';

/** The parts of a react-hook-form error the fields show: the zod issue code and its message. */
export interface ShownError {
  readonly type?: unknown;
  readonly message?: unknown;
}

/**
 * @param errors - react-hook-form's errors (nested like the values: `admin.email` is `errors.admin.email`).
 * @param name - A dotted field name.
 * @returns The field's error, or undefined.
 */
export function fieldErrorAt(errors: FieldErrors, name: string): ShownError | undefined {
  const found: unknown = get(errors, name);
  return typeof found === 'object' && found !== null ? found : undefined;
}
