import { useNavigate } from 'react-router';
import { useT } from '../../../i18n/use-t';
import { Notice } from '../../../ui/notice';
import { PageHeading } from '../../../ui/page-heading';
import { RequireSession } from '../session/require-session';
import { useSession } from '../session/session-context';
import { TwoFactorSection } from './two-factor-section';

function AccountSettings() {
  const t = useT();
  const navigate = useNavigate();
  const { session, signOut } = useSession();
  if (session === null) {
    return null;
  }
  return (
    <div className="page">
      <PageHeading>{t('account.title')}</PageHeading>
      {session.secondFactorRequired ? (
        <Notice tone="warning">
          <p>{t('account.secondFactorRequired')}</p>
        </Notice>
      ) : null}
      <dl className="workspace-details">
        <dt>{t('field.name')}</dt>
        <dd>{session.user.name}</dd>
        <dt>{t('field.email')}</dt>
        <dd>{session.user.email}</dd>
        <dt>{t('account.roles')}</dt>
        <dd>{session.roles.map((membership) => t(`role.${membership.role}`)).join(', ')}</dd>
      </dl>
      <TwoFactorSection />
      <h2>{t('account.signOutTitle')}</h2>
      <div className="button-row">
        <button
          className="button button--secondary"
          type="button"
          onClick={() => {
            void signOut().then(() => navigate('/'));
          }}
        >
          {t('menu.signOut')}
        </button>
      </div>
    </div>
  );
}

/** `/account`: who is signed in, the authenticator app, and sign out. */
export function AccountPage() {
  return (
    <RequireSession>
      <AccountSettings />
    </RequireSession>
  );
}
