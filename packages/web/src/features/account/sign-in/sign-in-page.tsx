import { ZSignInRequest, ZSignInResponse, type TSignInRequest, type TSignInResponse } from '@kratom-care/contracts';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useApiMutation } from '../../../api/use-api-mutation';
import { useT } from '../../../i18n/use-t';
import { SchemaForm, SubmitButton, TextField, useSchemaForm } from '../../../ui/form';
import { PageHeading } from '../../../ui/page-heading';
import { pathAfterSignIn } from '../session/after-sign-in';
import { useSession } from '../session/session-context';
import { SecondFactorForm } from './second-factor-form';

/** `/sign-in`: email and password, then an authenticator or recovery code when the account has one. */
export function SignInPage() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { setSession } = useSession();
  const [needsCode, setNeedsCode] = useState(false);
  const form = useSchemaForm(ZSignInRequest, { email: '', password: '' });
  const signIn = useApiMutation(ZSignInResponse, (body: TSignInRequest) => ({
    method: 'POST',
    path: '/api/auth/sign-in',
    body,
  }));

  const finish = (response: TSignInResponse): void => {
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

  return (
    <div className="page">
      <PageHeading>{t('signIn.title')}</PageHeading>
      <SchemaForm
        id="sign-in"
        form={form}
        fields={{ email: t('field.email'), password: t('field.password') }}
        onSubmit={async (body) => {
          finish(await signIn.mutateAsync(body));
        }}
      >
        <TextField name="email" type="email" autoComplete="username" />
        <TextField name="password" type="password" autoComplete="current-password" />
        <div className="button-row">
          <SubmitButton>{t('signIn.submit')}</SubmitButton>
        </div>
      </SchemaForm>
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
