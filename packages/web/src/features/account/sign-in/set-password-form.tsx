import { useState } from 'react';
import { useApiClient } from '../../../api/api-client-hook';
import type { ResponseSchema } from '../../../api/response-check';
import { useT } from '../../../i18n/use-t';
import { FormErrors } from '../form/form-errors';
import { InputField } from '../form/input-field';
import { useFormErrors } from '../form/use-form-errors';
import { check, collect } from '../form/validators';
import { ActionForm } from '../form/action-form';

interface SetPasswordFormProps<T> {
  /** The route that takes `{ token, password }`. */
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
  const api = useApiClient();
  const form = useFormErrors();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const labels = { 'new-password': t('field.newPassword'), 'new-password-repeat': t('field.repeatPassword') };

  const onSubmit = async (): Promise<void> => {
    const ok = form.check(
      collect({
        'new-password': check.newPassword(t, password),
        'new-password-repeat': repeat === password ? undefined : t('validation.passwordsDiffer'),
      }),
    );
    if (!ok) {
      return;
    }
    setBusy(true);
    try {
      const response = await api.request({ method: 'POST', path, body: { token, password } }, schema);
      onDone(response.data);
    } catch (error) {
      form.fail(error, (field) => (field === 'password' ? 'new-password' : undefined));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <FormErrors state={form} labels={labels} />
      <ActionForm onSubmit={onSubmit}>
        <InputField
          id="new-password"
          label={labels['new-password']}
          hint={t('field.newPasswordHint')}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={form.errors['new-password']}
        />
        <InputField
          id="new-password-repeat"
          label={labels['new-password-repeat']}
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={setRepeat}
          error={form.errors['new-password-repeat']}
        />
        <div className="button-row">
          <button className="button" type="submit" disabled={busy}>
            {submitLabel}
          </button>
        </div>
      </ActionForm>
    </>
  );
}
