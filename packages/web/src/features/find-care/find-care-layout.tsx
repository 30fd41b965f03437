import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { ApiQueryProvider } from '../../api/query-provider';
import { MessagesLayer } from '../../i18n/messages-layer';
import { FIND_CARE_CATALOGUES } from '../../i18n/find-care-catalogues';
import { useT } from '../../i18n/use-t';
import { CrisisBar } from '../../ui/crisis-bar';
import { SiteHeader } from '../../ui/site-header';
import { MAIN_ID, SkipLink } from '../../ui/skip-link';
import { HeaderAccount } from '../account/session/header-account';
import { FindCareLink, HeaderLinks } from '../../ui/find-care-link';
import './find-care.css';

function FindCareFooter() {
  const t = useT();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p className="site-footer__privacy">{t('findCare.footer.privacy')}</p>
        <p>{t('findCare.footer.notAdvice')}</p>
      </div>
    </footer>
  );
}

/**
 * The public frame of the finder and the call-back request: the self-check's header and crisis bar, a wider
 * page for results, and a footer that says what is true here. The self-check's "your answers stay in this
 * browser" would not be: a search goes to our server, and a call-back request is stored by the network.
 * Its messages, styles and the query cache load with these pages only (this is a lazy chunk).
 */
export function FindCareLayout() {
  const t = useT();
  return (
    <ApiQueryProvider>
      <MessagesLayer catalogues={FIND_CARE_CATALOGUES}>
        <div className="find-care-frame">
          <SkipLink />
          <SiteHeader>
            <HeaderLinks>
              <FindCareLink />
              <HeaderAccount />
            </HeaderLinks>
          </SiteHeader>
          <CrisisBar />
          <main id={MAIN_ID} className="main find-care" tabIndex={-1}>
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
          <FindCareFooter />
        </div>
      </MessagesLayer>
    </ApiQueryProvider>
  );
}
