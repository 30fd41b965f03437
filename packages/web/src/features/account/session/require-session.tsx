import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { TRole as Role } from '@kratom-care/contracts';
import { useT } from '../../../i18n/use-t';
import { NoAccessPage } from '../../workspace/no-access-page';
import { hasAnyRole } from './nav-links';
import { useSession } from './session-context';

interface RequireSessionProps {
  /** Roles that may use the page; any signed-in person when left out. */
  readonly roles?: readonly Role[];
  readonly children: ReactNode;
}

/**
 * Signed-in pages: visitors go to sign-in (and come back after), staff without their authenticator
 * app go to the account page, and a role that cannot use the page is told so, with a way back (the API
 * still answers 404 for the data; "Page not found" is kept for addresses that do not exist).
 */
export function RequireSession({ roles, children }: RequireSessionProps) {
  const t = useT();
  const { status, session } = useSession();
  const location = useLocation();
  if (status === 'loading') {
    return (
      <p className="loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (session === null) {
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  if (session.secondFactorRequired && location.pathname !== '/account') {
    return <Navigate to="/account" replace />;
  }
  if (roles !== undefined && !hasAnyRole(session, roles)) {
    return <NoAccessPage session={session} />;
  }
  return <>{children}</>;
}
