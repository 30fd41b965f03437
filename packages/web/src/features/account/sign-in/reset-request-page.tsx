import { ZAcceptedResponse, ZPasswordResetRequest } from '@kratom-care/contracts';
import { Link } from 'react-router';
import { useApiMutation } from '../../../api/use-api-mutation';
import { useT } from '../../../i18n/use-t';
import { SchemaForm, SubmitButton, TextField, useSchemaForm } from '../../../ui/form';
import { Notice } from '../../../ui/notice';
import { PageHeading } from '../../../ui/page-heading';
import { ResetConfirmPage } from './reset-confirm-page';
import { useLinkToken } from './use-link-token';

/**
 * `/reset-password`: asks for a reset link (the answer is the same whether or not the account exists).
 * Opened from the mailed link, `/reset-password#token=…`, it is the page that sets the new password.
 */
export function ResetRequestPage() {
  return useLinkToken() === '' ? <ResetRequestForm /> : <ResetConfirmPage />;
}

function ResetRequestForm() {
  const t = useT();
  const form = useSchemaForm(ZPasswordResetRequest, { email: '' });
  const request = useApiMutation(ZAcceptedResponse, (body: { email: string }) => ({
    method: 'POST',
    path: '/api/auth/password-reset/request',
    body,
  }));

  return (
    <div className="page">
      <PageHeading>{t('reset.title')}</PageHeading>
      {request.isSuccess ? (
        <Notice tone="success" live>
          <p>{t('reset.sent')}</p>
        </Notice>
      ) : (
        <>
          <p>{t('reset.intro')}</p>
          <SchemaForm
            id="reset"
            form={form}
            fields={{ email: t('field.email') }}
            onSubmit={async (body) => {
              await request.mutateAsync(body);
            }}
          >
            <TextField name="email" type="email" autoComplete="email" />
            <div className="button-row">
              <SubmitButton>{t('reset.submit')}</SubmitButton>
            </div>
          </SchemaForm>
        </>
      )}
      <p>
        <Link to="/sign-in">{t('reset.backToSignIn')}</Link>
      </p>
    </div>
  );
}
