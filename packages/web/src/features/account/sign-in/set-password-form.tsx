import { ZPasswordResetConfirm } from '@kratom-care/contracts';
import { useMemo } from 'react';
import { z } from 'zod';
import type { ResponseSchema } from '../../../api/response-check';
import { useApiMutation } from '../../../api/use-api-mutation';
import { useT } from '../../../i18n/use-t';
import { SchemaForm, SubmitButton, TextField, useSchemaForm } from '../../../ui/form';

interface SetPasswordFormProps<T> {
  /** The route that takes `{ token, password }` (reset confirm or invitation accept: the same rules). */
  readonly path: string;
  /** What the route answers. */
  readonly schema: ResponseSchema<T>;
  readonly token: string;
  readonly submitLabel: string;
  readonly onDone: (data: T) => void;
}

/** Choose a password with a token from a link (reset or invitation), typed twice to catch typos. */
export function SetPasswordForm<T>({ path, schema, token, submitLabel, onDone }: SetPasswordFormProps<T>) {
  const t = useT();
  // The contract's password rule, plus the second entry that only the form has.
  const formSchema = useMemo(
    () =>
      ZPasswordResetConfirm.pick({ password: true })
        .extend({ repeat: z.string() })
        .refine((values) => values.password === values.repeat, {
          path: ['repeat'],
          error: t('validation.passwordsDiffer'),
        }),
    [t],
  );
  const form = useSchemaForm(formSchema, { password: '', repeat: '' });
  const send = useApiMutation(schema, (password: string) => ({ method: 'POST', path, body: { token, password } }));

  return (
    <SchemaForm
      id="new-password"
      form={form}
      fields={{ password: t('field.newPassword'), repeat: t('field.repeatPassword') }}
      onSubmit={async ({ password }) => {
        onDone(await send.mutateAsync(password));
      }}
    >
      <TextField name="password" hint={t('field.newPasswordHint')} type="password" autoComplete="new-password" />
      <TextField name="repeat" type="password" autoComplete="new-password" />
      <div className="button-row">
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
    </SchemaForm>
  );
}
