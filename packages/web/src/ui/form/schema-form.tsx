import { useMemo, useState, type ReactNode } from 'react';
import { FormProvider, useFormContext, type FieldErrors, type Path } from 'react-hook-form';
import type { z } from 'zod';
import type { ApiError } from '../../api/api-error';
import { useT } from '../../i18n/use-t';
import { ErrorSummary, type FieldError } from '../error-summary';
import { FormMetaContext, formMeta, type FieldSpec, type FormMeta } from './form-context';
import { fieldErrorAt } from './field-error-at';
import { RequestError } from './request-error';
import { splitServerIssues } from './server-issues';
import type { FormSchema, SchemaFormState } from './use-schema-form';

interface SchemaFormProps<S extends FormSchema> {
  /** The form's id; each field's id is `<id>-<name>`. */
  readonly id: string;
  readonly form: SchemaFormState<S>;
  /** Every field, in the order it appears: its label (and optional wording per zod issue code). */
  readonly fields: Readonly<Record<string, FieldSpec>>;
  /**
   * Sends the parsed values. When it rejects with an `ApiError`, the server's `issues[].path` go to
   * the fields they name and anything else is shown above the form.
   */
  readonly onSubmit: (values: z.output<S>) => Promise<void> | void;
  readonly children: ReactNode;
  readonly className?: string;
}

type ErrorOf = (name: string) => { readonly type?: unknown; readonly message?: unknown } | undefined;

/** The summary entries, in field order, for the errors a submit left. */
function summaryOf(
  meta: FormMeta,
  names: readonly string[],
  errorOf: ErrorOf,
  t: ReturnType<typeof useT>,
): FieldError[] {
  return names.flatMap((name) => {
    const message = meta.messageFor(name, errorOf(name));
    return message === undefined
      ? []
      : [{ fieldId: meta.idFor(name), message: t('form.fieldProblem', { field: meta.labelFor(name), message }) }];
  });
}

/**
 * A form on the shared foundation: react-hook-form with the request's zod schema, fields that show
 * their errors accessibly (`aria-invalid`, `aria-describedby`), and after a failed submit an error
 * summary that takes focus and links to each field, whether the client or the server found the
 * problem. The browser's own validation bubbles are off (`noValidate`).
 */
export function SchemaForm<S extends FormSchema>({
  id,
  form,
  fields,
  onSubmit,
  children,
  className,
}: SchemaFormProps<S>) {
  const t = useT();
  const meta = useMemo(() => formMeta(id, fields), [id, fields]);
  const names = Object.keys(fields);
  const [attempt, setAttempt] = useState(0);
  const [summary, setSummary] = useState<readonly FieldError[]>([]);
  const [formError, setFormError] = useState<ApiError | null>(null);

  const failed = (errorOf: ErrorOf, rest: ApiError | null): void => {
    setSummary(summaryOf(meta, names, errorOf, t));
    setFormError(rest);
    setAttempt((value) => value + 1);
  };

  const submit = form.handleSubmit(
    async (values) => {
      setSummary([]);
      setFormError(null);
      try {
        await onSubmit(values);
      } catch (error) {
        const { fields: placed, rest } = splitServerIssues(error, names);
        for (const [name, message] of Object.entries(placed)) {
          form.setError(name as Path<z.input<S>>, { type: 'server', message });
        }
        failed((name) => (placed[name] === undefined ? undefined : { type: 'server', message: placed[name] }), rest);
      }
    },
    (errors: FieldErrors) => {
      failed((name) => fieldErrorAt(errors, name), null);
    },
  );

  return (
    <FormMetaContext value={meta}>
      <FormProvider {...form}>
        <ErrorSummary errors={summary} attempt={formError === null ? attempt : 0} />
        {formError === null ? null : <RequestError error={formError} focusKey={attempt} />}
        <form id={id} className={className} noValidate onSubmit={(event) => void submit(event)}>
          {children}
        </form>
      </FormProvider>
    </FormMetaContext>
  );
}

/** The form's submit button: disabled (and marked busy) while the form is being sent. */
export function SubmitButton({ children }: { readonly children: ReactNode }) {
  const busy = useFormContext().formState.isSubmitting;
  return (
    <button className="button" type="submit" disabled={busy} aria-busy={busy || undefined}>
      {children}
    </button>
  );
}

export type { FieldSpec };
