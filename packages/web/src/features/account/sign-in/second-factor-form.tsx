import { useState } from 'react';
import { useApiClient } from '../../../api/api-client-hook';
import { ZSignInResponse, type TSignInResponse as SignInResponse } from '@kratom-care/contracts';
import { useT } from '../../../i18n/use-t';
import { PageHeading } from '../../../ui/page-heading';
import { FormErrors } from '../form/form-errors';
import { InputField } from '../form/input-field';
import { useFormErrors } from '../form/use-form-errors';
import { check, collect } from '../form/validators';
import { ActionForm } from '../form/action-form';

/** The second sign-in step: a 6-digit code from the app, or one recovery code when the phone is lost. */
export function SecondFactorForm({ onSignedIn }: { readonly onSignedIn: (response: SignInResponse) => void }) {
  const t = useT();
  const api = useApiClient();
  const form = useFormErrors();
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const fieldId = useRecovery ? 'sign-in-recovery-code' : 'sign-in-code';
  const label = useRecovery ? t('field.recoveryCode') : t('field.totpCode');

  const onSubmit = async (): Promise<void> => {
    const problem = useRecovery ? check.recoveryCode(t, code) : check.totp(t, code);
    if (!form.check(collect({ [fieldId]: problem }))) {
      return;
    }
    setBusy(true);
    try {
      const body = useRecovery ? { recoveryCode: code.trim() } : { code: code.trim() };
      const response = await api.request(
        { method: 'POST', path: '/api/auth/two-factor/challenge', body },
        ZSignInResponse,
      );
      onSignedIn(response.data);
    } catch (error) {
      form.fail(error, (path) => (path === 'code' || path === 'recoveryCode' ? fieldId : undefined));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page">
      <PageHeading>{t('signIn.codeTitle')}</PageHeading>
      <p>{useRecovery ? t('signIn.recoveryIntro') : t('signIn.codeIntro')}</p>
      <FormErrors state={form} labels={{ [fieldId]: label }} />
      <ActionForm onSubmit={onSubmit}>
        <InputField
          key={fieldId}
          id={fieldId}
          label={label}
          hint={useRecovery ? t('signIn.recoveryHint') : undefined}
          inputMode={useRecovery ? 'text' : 'numeric'}
          autoComplete="one-time-code"
          value={code}
          onChange={setCode}
          error={form.errors[fieldId]}
        />
        <div className="button-row">
          <button className="button" type="submit" disabled={busy}>
            {t('signIn.verify')}
          </button>
          <button
            className="button button--secondary"
            type="button"
            onClick={() => {
              setUseRecovery((value) => !value);
              setCode('');
              form.clear();
            }}
          >
            {useRecovery ? t('signIn.useApp') : t('signIn.useRecovery')}
          </button>
        </div>
      </ActionForm>
    </div>
  );
}
