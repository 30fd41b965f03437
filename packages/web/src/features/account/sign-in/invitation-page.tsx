import { Link, useNavigate } from 'react-router';
import { useLinkToken } from './use-link-token';
import { ZSignInResponse } from '@kratom-care/contracts';
import { useT } from '../../../i18n/use-t';
import { Notice } from '../../../ui/notice';
import { PageHeading } from '../../../ui/page-heading';
import { pathAfterSignIn } from '../session/after-sign-in';
import { useSession } from '../session/session-context';
import { SetPasswordForm } from './set-password-form';

/** `/invitation#token=`: an invited person chooses a password and is signed in; staff then set up their app. */
export function InvitationPage() {
  const t = useT();
  const navigate = useNavigate();
  const { setSession } = useSession();
  const token = useLinkToken();
  return (
    <div className="page">
      <PageHeading>{t('invitation.title')}</PageHeading>
      {token === '' ? (
        <Notice tone="warning">
          <p>{t('link.missingToken')}</p>
        </Notice>
      ) : (
        <>
          <p>{t('invitation.intro')}</p>
          <SetPasswordForm
            path="/api/auth/invitations/accept"
            schema={ZSignInResponse}
            token={token}
            submitLabel={t('invitation.submit')}
            onDone={(response) => {
              if (response.twoFactorRequired) {
                void navigate('/sign-in', { replace: true });
                return;
              }
              setSession(response.session);
              void navigate(pathAfterSignIn(response.session, null), { replace: true });
            }}
          />
        </>
      )}
      <p>
        <Link to="/sign-in">{t('reset.backToSignIn')}</Link>
      </p>
    </div>
  );
}
