import { useState, type SubmitEvent } from 'react';
import type { FieldError } from '../../ui/error-summary';

export interface StepForm {
  /** Errors to show now: none until the first failed "Next", then kept up to date as answers come in. */
  readonly shownErrors: readonly FieldError[];
  readonly attempt: number;
  readonly errorFor: (fieldId: string) => string | undefined;
  readonly onSubmit: (event: SubmitEvent<HTMLFormElement>) => void;
}

/**
 * Submit handling shared by every step: on "Next" with problems, show the error summary (and focus it);
 * otherwise move on.
 *
 * @param errors - The current problems, recomputed from the answers on every render.
 * @param onValid - Called on "Next" when there are none.
 * @returns What the step form needs.
 */
export function useStepForm(errors: readonly FieldError[], onValid: () => void): StepForm {
  const [attempt, setAttempt] = useState(0);
  const shownErrors = attempt > 0 ? errors : [];
  return {
    shownErrors,
    attempt,
    errorFor: (fieldId) => {
      const error = shownErrors.find((candidate) => candidate.fieldId === fieldId);
      return error === undefined ? undefined : (error.inlineMessage ?? error.message);
    },
    onSubmit: (event) => {
      event.preventDefault();
      if (errors.length > 0) {
        setAttempt((count) => count + 1);
      } else {
        onValid();
      }
    },
  };
}
