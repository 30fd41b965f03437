import { useState } from 'react';
import { Link } from 'react-router';
import { ZAcceptedResponse } from '@kratom-care/contracts';
import { useApiClient } from '../../../api/api-client-hook';
import { useT } from '../../../i18n/use-t';
import { Notice } from '../../../ui/notice';
import { PageHeading } from '../../../ui/page-heading';
import { FormErrors } from '../form/form-errors';
import { InputField } from '../form/input-field';
import { useFormErrors } from '../form/use-form-errors';
import { check, collect } from '../form/validators';
import { ResetConfirmPage } from './reset-confirm-page';
import { useLinkToken } from './use-link-token';
import { ActionForm } from '../form/action-form';

/**
 * `/reset-password`: asks for a reset link (the answer is the same whether or not the account exists).
 * Opened from the mailed link, `/reset-password#token=…`, it is the page that sets the new password.
 */
export function ResetRequestPage() {
  return useLinkToken() === '' ? <ResetRequestForm /> : <ResetConfirmPage />;
}

function ResetRequestForm() {
  const t = useT();
  const api = useApiClient();
  const form = useFormErrors();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const labels = { 'reset-email': t('field.email') };

  const onSubmit = async (): Promise<void> => {
    if (!form.check(collect({ 'reset-email': check.email(t, email) }))) {
      return;
    }
    setBusy(true);
    try {
      await api.request(
        { method: 'POST', path: '/api/auth/password-reset/request', body: { email: email.trim() } },
        ZAcceptedResponse,
      );
      setSent(true);
    } catch (error) {
      form.fail(error, (path) => (path === 'email' ? 'reset-email' : undefined));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page">
      <PageHeading>{t('reset.title')}</PageHeading>
      {sent ? (
        <Notice tone="success" live>
          <p>{t('reset.sent')}</p>
        </Notice>
      ) : (
        <>
          <p>{t('reset.intro')}</p>
          <FormErrors state={form} labels={labels} />
          <ActionForm onSubmit={onSubmit}>
            <InputField
              id="reset-email"
              label={labels['reset-email']}
              type="email"
              autoComplete="email"
              value={email}
              onChange={setEmail}
              error={form.errors['reset-email']}
            />
            <div className="button-row">
              <button className="button" type="submit" disabled={busy}>
                {t('reset.submit')}
              </button>
            </div>
          </ActionForm>
        </>
      )}
      <p>
        <Link to="/sign-in">{t('reset.backToSignIn')}</Link>
      </p>
    </div>
  );
}
