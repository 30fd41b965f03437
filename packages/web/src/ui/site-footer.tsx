import { useT } from '../i18n/use-t';

/** The privacy promise, on every page. */
export function SiteFooter() {
  const t = useT();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p className="site-footer__privacy">{t('app.footer.privacy')}</p>
        <p>{t('app.footer.notAdvice')}</p>
      </div>
    </footer>
  );
}
