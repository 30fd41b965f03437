import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { TRole as Role } from '@kratom-care/contracts';
import { useT } from '../../../i18n/use-t';
import { PageHeading } from '../../../ui/page-heading';
import { hasAnyRole } from './nav-links';
import { useSession } from './session-context';

interface RequireSessionProps {
  /** Roles that may use the page; any signed-in person when left out. */
  readonly roles?: readonly Role[];
  readonly children: ReactNode;
}

/**
 * Signed-in pages: visitors go to sign-in (and come back after), staff without their authenticator
 * app go to the account page, and a role that cannot use the page sees "not found", as the server
 * answers.
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
    return (
      <div className="page">
        <PageHeading>{t('notFound.title')}</PageHeading>
        <p>{t('notFound.text')}</p>
      </div>
    );
  }
  return <>{children}</>;
}
