import { ZSignInResponse, ZSignUpRequest, type TSignUpRequest } from '@kratom-care/contracts';
import { Link, useNavigate } from 'react-router';
import { useApiMutation } from '../../../api/use-api-mutation';
import { useT } from '../../../i18n/use-t';
import { SchemaForm, SubmitButton, TextField, useSchemaForm } from '../../../ui/form';
import { PageHeading } from '../../../ui/page-heading';
import { pathAfterSignIn } from '../session/after-sign-in';
import { useSession } from '../session/session-context';

/** `/sign-up`: a patient creates an account for the companion, with no clinic needed. */
export function SignUpPage() {
  const t = useT();
  const navigate = useNavigate();
  const { setSession } = useSession();
  const form = useSchemaForm(ZSignUpRequest, { givenName: '', familyName: '', email: '', password: '' });
  const signUp = useApiMutation(ZSignInResponse, (body: TSignUpRequest) => ({
    method: 'POST',
    path: '/api/auth/sign-up',
    body,
  }));

  return (
    <div className="page">
      <PageHeading>{t('signUp.title')}</PageHeading>
      <p>{t('signUp.intro')}</p>
      <SchemaForm
        id="sign-up"
        form={form}
        fields={{
          givenName: t('field.givenName'),
          familyName: t('field.familyName'),
          email: t('field.email'),
          password: t('field.newPassword'),
        }}
        onSubmit={async (body) => {
          const response = await signUp.mutateAsync(body);
          if (!response.twoFactorRequired) {
            setSession(response.session);
            void navigate(pathAfterSignIn(response.session, null), { replace: true });
          }
        }}
      >
        <TextField name="givenName" autoComplete="given-name" />
        <TextField name="familyName" hint={t('field.optional')} autoComplete="family-name" optional />
        <TextField name="email" type="email" autoComplete="email" />
        <TextField name="password" hint={t('field.newPasswordHint')} type="password" autoComplete="new-password" />
        <div className="button-row">
          <SubmitButton>{t('signUp.submit')}</SubmitButton>
        </div>
      </SchemaForm>
      <p>
        <Link to="/sign-in">{t('signUp.haveAccount')}</Link>
      </p>
    </div>
  );
}
