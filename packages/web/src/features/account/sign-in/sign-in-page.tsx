import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useApiClient } from '../../../api/api-client-hook';
import { ZSignInResponse, type TSignInResponse as SignInResponse } from '@kratom-care/contracts';
import { useT } from '../../../i18n/use-t';
import { PageHeading } from '../../../ui/page-heading';
import { FormErrors } from '../form/form-errors';
import { InputField } from '../form/input-field';
import { useFormErrors } from '../form/use-form-errors';
import { check, collect } from '../form/validators';
import { pathAfterSignIn } from '../session/after-sign-in';
import { useSession } from '../session/session-context';
import { SecondFactorForm } from './second-factor-form';
import { ActionForm } from '../form/action-form';

/** `/sign-in`: email and password, then an authenticator or recovery code when the account has one. */
export function SignInPage() {
  const t = useT();
  const api = useApiClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { setSession } = useSession();
  const form = useFormErrors();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [needsCode, setNeedsCode] = useState(false);

  const finish = (response: SignInResponse): void => {
    if (response.twoFactorRequired) {
      setNeedsCode(true);
      return;
    }
    setSession(response.session);
    void navigate(pathAfterSignIn(response.session, params.get('next')), { replace: true });
  };

  if (needsCode) {
    return <SecondFactorForm onSignedIn={finish} />;
  }

  const labels = { 'sign-in-email': t('field.email'), 'sign-in-password': t('field.password') };
  const onSubmit = async (): Promise<void> => {
    const ok = form.check(
      collect({
        'sign-in-email': check.email(t, email),
        'sign-in-password': check.required(t, password),
      }),
    );
    if (!ok) {
      return;
    }
    setBusy(true);
    try {
      const response = await api.request(
        { method: 'POST', path: '/api/auth/sign-in', body: { email: email.trim(), password } },
        ZSignInResponse,
      );
      finish(response.data);
    } catch (error) {
      form.fail(error, (path) => (path === 'email' || path === 'password' ? `sign-in-${path}` : undefined));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page">
      <PageHeading>{t('signIn.title')}</PageHeading>
      <FormErrors state={form} labels={labels} />
      <ActionForm onSubmit={onSubmit}>
        <InputField
          id="sign-in-email"
          label={labels['sign-in-email']}
          type="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
          error={form.errors['sign-in-email']}
        />
        <InputField
          id="sign-in-password"
          label={labels['sign-in-password']}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={form.errors['sign-in-password']}
        />
        <div className="button-row">
          <button className="button" type="submit" disabled={busy}>
            {t('signIn.submit')}
          </button>
        </div>
      </ActionForm>
      <ul className="workspace-links">
        <li>
          <Link to="/reset-password">{t('signIn.forgot')}</Link>
        </li>
        <li>
          <Link to="/sign-up">{t('signIn.createAccount')}</Link>
        </li>
        <li>
          <Link to="/">{t('signIn.selfCheck')}</Link>
        </li>
      </ul>
    </div>
  );
}
