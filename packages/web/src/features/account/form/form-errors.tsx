import { ErrorSummary } from '../../../ui/error-summary';
import { useT } from '../../../i18n/use-t';
import { RequestError } from './request-error';
import type { FormErrorsState } from './use-form-errors';

interface FormErrorsProps {
  readonly state: FormErrorsState;
  /** Field id → its label, in the order the fields appear. */
  readonly labels: Readonly<Record<string, string>>;
}

/**
 * The top of a form after a failed submit: the list of fields with problems, each entry naming its
 * field and linking to it, or the one problem that belongs to no field.
 */
export function FormErrors({ state, labels }: FormErrorsProps) {
  const t = useT();
  const errors = Object.keys(labels)
    .filter((fieldId) => state.errors[fieldId] !== undefined)
    .map((fieldId) => ({
      fieldId,
      message: t('form.fieldProblem', { field: labels[fieldId] ?? fieldId, message: state.errors[fieldId] ?? '' }),
    }));
  return (
    <>
      <ErrorSummary errors={errors} attempt={state.attempt} />
      {state.formError === undefined ? null : <RequestError error={state.formError} focusKey={state.attempt} />}
    </>
  );
}
