import { Link } from 'react-router';
import { useT } from '../i18n/use-t';

export function SiteHeader() {
  const t = useT();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link className="site-header__name" to="/">
          {t('app.name')}
        </Link>
        <span className="site-header__tagline">{t('app.tagline')}</span>
      </div>
    </header>
  );
}
