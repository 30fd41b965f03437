import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n/use-t';

/** The top bar: the name (home link), the tagline and, on the right, whatever the layout passes (the account menu). */
export function SiteHeader({ children }: { readonly children?: ReactNode }) {
  const t = useT();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link className="site-header__name" to="/">
          {t('app.name')}
        </Link>
        <span className="site-header__tagline">{t('app.tagline')}</span>
        {children}
      </div>
    </header>
  );
}
