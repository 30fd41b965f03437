import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { HeaderAccount } from '../features/account/session/header-account';
import { useT } from '../i18n/use-t';
import { CrisisBar } from '../ui/crisis-bar';
import { FindCareLink, HeaderLinks } from '../ui/find-care-link';
import { SiteFooter } from '../ui/site-footer';
import { SiteHeader } from '../ui/site-header';
import { MAIN_ID, SkipLink } from '../ui/skip-link';

/**
 * The public self-check's pages: skip link, header with the self-check subtitle, the crisis bar, the page and
 * the privacy footer ("your answers stay in this browser"), which is true only here. Signed-in pages have
 * their own frame (features/workspace/workspace-shell.tsx).
 */
export function AppLayout() {
  const t = useT();
  return (
    <>
      <SkipLink />
      <SiteHeader>
        <HeaderLinks>
          <FindCareLink />
          <HeaderAccount />
        </HeaderLinks>
      </SiteHeader>
      <CrisisBar />
      <main id={MAIN_ID} className="main" tabIndex={-1}>
        <Suspense
          fallback={
            <p className="loading" role="status">
              {t('app.loading')}
            </p>
          }
        >
          <Outlet />
        </Suspense>
      </main>
      <SiteFooter />
    </>
  );
}
