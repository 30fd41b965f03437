import { useState } from 'react';
import { ZNoContent } from '@kratom-care/contracts';
import { Link } from 'react-router';
import { useLinkToken } from './use-link-token';
import { useT } from '../../../i18n/use-t';
import { Notice } from '../../../ui/notice';
import { PageHeading } from '../../../ui/page-heading';
import { SetPasswordForm } from './set-password-form';

/** `/reset-password#token=` (or `/reset-password/confirm`): choose a new password; signing in afterwards still asks for the code. */
export function ResetConfirmPage() {
  const t = useT();
  const token = useLinkToken();
  const [done, setDone] = useState(false);
  return (
    <div className="page">
      <PageHeading>{t('resetConfirm.title')}</PageHeading>
      {token === '' ? (
        <Notice tone="warning">
          <p>{t('link.missingToken')}</p>
        </Notice>
      ) : null}
      {done ? (
        <Notice tone="success" live>
          <p>{t('resetConfirm.done')}</p>
        </Notice>
      ) : null}
      {token !== '' && !done ? (
        <SetPasswordForm
          path="/api/auth/password-reset/confirm"
          schema={ZNoContent}
          token={token}
          submitLabel={t('resetConfirm.submit')}
          onDone={() => {
            setDone(true);
          }}
        />
      ) : null}
      <p>
        <Link to={token === '' ? '/reset-password' : '/sign-in'}>
          {token === '' ? t('resetConfirm.askAgain') : t('reset.backToSignIn')}
        </Link>
      </p>
    </div>
  );
}
