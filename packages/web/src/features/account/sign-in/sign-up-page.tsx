import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useApiClient } from '../../../api/api-client-hook';
import { ZSignInResponse } from '@kratom-care/contracts';
import { useT } from '../../../i18n/use-t';
import { PageHeading } from '../../../ui/page-heading';
import { FormErrors } from '../form/form-errors';
import { InputField } from '../form/input-field';
import { useFormErrors } from '../form/use-form-errors';
import { check, collect } from '../form/validators';
import { pathAfterSignIn } from '../session/after-sign-in';
import { useSession } from '../session/session-context';
import { ActionForm } from '../form/action-form';

const FIELDS = {
  givenName: 'sign-up-given-name',
  familyName: 'sign-up-family-name',
  email: 'sign-up-email',
  password: 'sign-up-password',
} as const;

/** `/sign-up`: a patient creates an account for the companion, with no clinic needed. */
export function SignUpPage() {
  const t = useT();
  const api = useApiClient();
  const navigate = useNavigate();
  const { setSession } = useSession();
  const form = useFormErrors();
  const [values, setValues] = useState({ givenName: '', familyName: '', email: '', password: '' });
  const [busy, setBusy] = useState(false);
  const set = (name: keyof typeof values) => (value: string) => {
    setValues((current) => ({ ...current, [name]: value }));
  };
  const labels = {
    [FIELDS.givenName]: t('field.givenName'),
    [FIELDS.familyName]: t('field.familyName'),
    [FIELDS.email]: t('field.email'),
    [FIELDS.password]: t('field.newPassword'),
  };

  const onSubmit = async (): Promise<void> => {
    const ok = form.check(
      collect({
        [FIELDS.givenName]: check.required(t, values.givenName),
        [FIELDS.email]: check.email(t, values.email),
        [FIELDS.password]: check.newPassword(t, values.password),
      }),
    );
    if (!ok) {
      return;
    }
    setBusy(true);
    try {
      const familyName = values.familyName.trim();
      const response = await api.request(
        {
          method: 'POST',
          path: '/api/auth/sign-up',
          body: {
            email: values.email.trim(),
            givenName: values.givenName.trim(),
            ...(familyName === '' ? {} : { familyName }),
            password: values.password,
          },
        },
        ZSignInResponse,
      );
      if (!response.data.twoFactorRequired) {
        setSession(response.data.session);
        void navigate(pathAfterSignIn(response.data.session, null), { replace: true });
      }
    } catch (error) {
      form.fail(error, (path) => (path in FIELDS ? FIELDS[path as keyof typeof FIELDS] : undefined));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page">
      <PageHeading>{t('signUp.title')}</PageHeading>
      <p>{t('signUp.intro')}</p>
      <FormErrors state={form} labels={labels} />
      <ActionForm onSubmit={onSubmit}>
        <InputField
          id={FIELDS.givenName}
          label={labels[FIELDS.givenName]}
          autoComplete="given-name"
          value={values.givenName}
          onChange={set('givenName')}
          error={form.errors[FIELDS.givenName]}
        />
        <InputField
          id={FIELDS.familyName}
          label={labels[FIELDS.familyName]}
          hint={t('field.optional')}
          autoComplete="family-name"
          value={values.familyName}
          onChange={set('familyName')}
          error={form.errors[FIELDS.familyName]}
        />
        <InputField
          id={FIELDS.email}
          label={labels[FIELDS.email]}
          type="email"
          autoComplete="email"
          value={values.email}
          onChange={set('email')}
          error={form.errors[FIELDS.email]}
        />
        <InputField
          id={FIELDS.password}
          label={labels[FIELDS.password]}
          hint={t('field.newPasswordHint')}
          type="password"
          autoComplete="new-password"
          value={values.password}
          onChange={set('password')}
          error={form.errors[FIELDS.password]}
        />
        <div className="button-row">
          <button className="button" type="submit" disabled={busy}>
            {t('signUp.submit')}
          </button>
        </div>
      </ActionForm>
      <p>
        <Link to="/sign-in">{t('signUp.haveAccount')}</Link>
      </p>
    </div>
  );
}
