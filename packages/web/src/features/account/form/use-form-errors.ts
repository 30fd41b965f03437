import { useCallback, useState } from 'react';
import { asApiError, type ApiError } from '../../../api/api-error';

/** Field id → the message shown at that field. */
export type FieldErrors = Readonly<Record<string, string>>;

export interface FormErrorsState {
  readonly errors: FieldErrors;
  /** Bumped on every failed submit so the summary takes focus again. */
  readonly attempt: number;
  /** A failure that belongs to no field (wrong password, network, rate limit). */
  readonly formError: ApiError | undefined;
  /** Shows these errors; returns true when there are none (the form may be sent). */
  readonly check: (errors: FieldErrors) => boolean;
  /** Shows a server answer: issues whose path maps to a field go there, the rest to the form. */
  readonly fail: (error: unknown, fieldFor?: (path: string) => string | undefined) => void;
  readonly clear: () => void;
}

/** @returns The error state of one form. */
export function useFormErrors(): FormErrorsState {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [formError, setFormError] = useState<ApiError | undefined>(undefined);

  const check = useCallback((next: FieldErrors) => {
    setErrors(next);
    setFormError(undefined);
    if (Object.keys(next).length > 0) {
      setAttempt((value) => value + 1);
      return false;
    }
    return true;
  }, []);

  const fail = useCallback((error: unknown, fieldFor: (path: string) => string | undefined = (path) => path) => {
    const apiError = asApiError(error);
    const fields: Record<string, string> = {};
    for (const [path, message] of Object.entries(apiError.fieldMessages())) {
      const field = fieldFor(path);
      if (field !== undefined) {
        fields[field] = message;
      }
    }
    setErrors(fields);
    setFormError(Object.keys(fields).length > 0 ? undefined : apiError);
    setAttempt((value) => value + 1);
  }, []);

  const clear = useCallback(() => {
    setErrors({});
    setFormError(undefined);
  }, []);

  return { errors, attempt, formError, check, fail, clear };
}
