import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { AccountMenu } from '../features/account/session/account-menu';
import { useT } from '../i18n/use-t';
import { CrisisBar } from '../ui/crisis-bar';
import { SiteFooter } from '../ui/site-footer';
import { SiteHeader } from '../ui/site-header';
import { MAIN_ID, SkipLink } from '../ui/skip-link';

/** Every page: skip link, header, the crisis bar, the page itself and the privacy footer. */
export function AppLayout() {
  const t = useT();
  return (
    <>
      <SkipLink />
      <SiteHeader>
        <AccountMenu />
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
