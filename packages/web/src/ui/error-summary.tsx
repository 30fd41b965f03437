import { useEffect, useRef, type MouseEvent } from 'react';
import { useT } from '../i18n/use-t';
import { scrollIntoView } from './scroll-into-view';

export interface FieldError {
  /** Id of the field (or fieldset) the error belongs to. */
  readonly fieldId: string;
  /** Shown in the summary at the top: says which question. */
  readonly message: string;
  /** Shown at the field itself, where the question is already in view; defaults to `message`. */
  readonly inlineMessage?: string;
}

interface ErrorSummaryProps {
  readonly errors: readonly FieldError[];
  /** Bumped on every failed submit, so focus returns to the summary each time. */
  readonly attempt: number;
}

function focusField(fieldId: string): void {
  const field = document.getElementById(fieldId);
  if (field === null) {
    return;
  }
  // A fieldset cannot take focus: move to its first control, which is where typing or arrows act.
  const target = field.matches('input, select, textarea, button')
    ? field
    : field.querySelector<HTMLElement>('input, select, textarea, button');
  (target ?? field).focus();
  scrollIntoView(field, 'center');
}

/**
 * The list of unanswered or invalid questions shown at the top of a form after a failed "Next".
 * It takes focus and is announced, and each entry moves focus to its question.
 */
export function ErrorSummary({ errors, attempt }: ErrorSummaryProps) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (attempt > 0) {
      ref.current?.focus();
    }
  }, [attempt]);

  if (errors.length === 0) {
    return null;
  }

  const onClick = (event: MouseEvent<HTMLAnchorElement>, fieldId: string): void => {
    event.preventDefault();
    focusField(fieldId);
  };

  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 className="error-summary__title" id="error-summary-title">
        {t('form.errorSummary.title')}
      </h2>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a
              href={`#${error.fieldId}`}
              onClick={(event) => {
                onClick(event, error.fieldId);
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
