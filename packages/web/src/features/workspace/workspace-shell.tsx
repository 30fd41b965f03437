import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { AccountMenu } from '../account/session/account-menu';
import { pathAfterSignIn } from '../account/session/after-sign-in';
import { useSession } from '../account/session/session-context';
import { CrisisBar } from '../../ui/crisis-bar';
import { SiteHeader } from '../../ui/site-header';
import { MAIN_ID, SkipLink } from '../../ui/skip-link';
import { LoadingState } from './page-states';
import { WorkspaceNav } from './workspace-nav';
import './workspace-frame.css';

/**
 * The frame of the signed-in workspace, apart from the public self-check: no self-check subtitle and no
 * "your answers stay in this browser" footer (false here), a wide content area and, once the person is
 * signed in, a sidebar with the pages of their roles. The crisis bar stays, as on every page.
 */
export function WorkspaceShell() {
  const { session } = useSession();
  const withNav = session !== null && !session.secondFactorRequired;
  const home = session === null ? '/' : pathAfterSignIn(session, null);
  return (
    <div className="ws-shell">
      <SkipLink />
      <SiteHeader tagline={false} home={home}>
        <AccountMenu />
      </SiteHeader>
      <CrisisBar />
      <div className={withNav ? 'ws-frame ws-frame--nav' : 'ws-frame'}>
        {withNav ? <WorkspaceNav session={session} /> : null}
        <main id={MAIN_ID} className="ws-main" tabIndex={-1}>
          <Suspense fallback={<LoadingState />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </div>
  );
}
