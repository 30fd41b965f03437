import { useState } from 'react';
import { useApiClient } from '../../../api/api-client-hook';
import {
  ZSessionView,
  ZTwoFactorEnrollResponse,
  type TTwoFactorEnrollResponse as TwoFactorEnrollResponse,
} from '@kratom-care/contracts';
import { useT } from '../../../i18n/use-t';
import { Notice } from '../../../ui/notice';
import { FormErrors } from '../form/form-errors';
import { InputField } from '../form/input-field';
import { useFormErrors } from '../form/use-form-errors';
import { check, collect } from '../form/validators';
import { useSession } from '../session/session-context';
import { EnrolmentSecret } from './enrolment-secret';
import { ActionForm } from '../form/action-form';

/**
 * Setting up an authenticator app: confirm the password, add the key to the app and keep the
 * recovery codes (shown this once), then prove it with a first code.
 */
export function TwoFactorSection() {
  const t = useT();
  const api = useApiClient();
  const { session, setSession } = useSession();
  const form = useFormErrors();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [enrolment, setEnrolment] = useState<TwoFactorEnrollResponse | null>(null);
  const [busy, setBusy] = useState(false);
  const [justEnabled, setJustEnabled] = useState(false);

  if (session === null) {
    return null;
  }
  if (session.secondFactorEnabled) {
    return (
      <section aria-labelledby="two-factor-title">
        <h2 id="two-factor-title">{t('twoFactor.title')}</h2>
        <Notice tone="success" live={justEnabled}>
          <p>{t('twoFactor.on')}</p>
        </Notice>
      </section>
    );
  }

  const send = async (action: () => Promise<void>, fieldFor: (path: string) => string | undefined): Promise<void> => {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      form.fail(error, fieldFor);
    } finally {
      setBusy(false);
    }
  };

  const onEnroll = async (): Promise<void> => {
    if (!form.check(collect({ 'enroll-password': check.required(t, password) }))) {
      return;
    }
    await send(
      async () => {
        const response = await api.request(
          { method: 'POST', path: '/api/auth/two-factor/enroll', body: { password } },
          ZTwoFactorEnrollResponse,
        );
        setPassword('');
        setEnrolment(response.data);
      },
      (path) => (path === 'password' ? 'enroll-password' : undefined),
    );
  };

  const onVerify = async (): Promise<void> => {
    if (!form.check(collect({ 'enroll-code': check.totp(t, code) }))) {
      return;
    }
    await send(
      async () => {
        const response = await api.request(
          { method: 'POST', path: '/api/auth/two-factor/verify', body: { code: code.trim() } },
          ZSessionView,
        );
        setJustEnabled(true);
        setEnrolment(null);
        setSession(response.data);
      },
      (path) => (path === 'code' ? 'enroll-code' : undefined),
    );
  };

  return (
    <section aria-labelledby="two-factor-title">
      <h2 id="two-factor-title">{t('twoFactor.title')}</h2>
      <p>{session.isStaff ? t('twoFactor.introStaff') : t('twoFactor.intro')}</p>
      {enrolment === null ? (
        <>
          <FormErrors state={form} labels={{ 'enroll-password': t('field.password') }} />
          <ActionForm onSubmit={onEnroll}>
            <InputField
              id="enroll-password"
              label={t('field.password')}
              hint={t('twoFactor.passwordHint')}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={setPassword}
              error={form.errors['enroll-password']}
            />
            <div className="button-row">
              <button className="button" type="submit" disabled={busy}>
                {t('twoFactor.start')}
              </button>
            </div>
          </ActionForm>
        </>
      ) : (
        <>
          <EnrolmentSecret enrolment={enrolment} />
          <FormErrors state={form} labels={{ 'enroll-code': t('field.totpCode') }} />
          <ActionForm onSubmit={onVerify}>
            <InputField
              id="enroll-code"
              label={t('field.totpCode')}
              hint={t('twoFactor.codeHint')}
              inputMode="numeric"
              autoComplete="one-time-code"
              value={code}
              onChange={setCode}
              error={form.errors['enroll-code']}
            />
            <div className="button-row">
              <button className="button" type="submit" disabled={busy}>
                {t('twoFactor.verify')}
              </button>
            </div>
          </ActionForm>
        </>
      )}
    </section>
  );
}
