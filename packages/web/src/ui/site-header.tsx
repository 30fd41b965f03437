import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n/use-t';

interface SiteHeaderProps {
  /** The public self-check's subtitle; the signed-in workspace leaves it out (it is not a self-check there). */
  readonly tagline?: boolean;
  /** Where the name links to: the start of the self-check, or the person's own landing page. */
  readonly home?: string;
  readonly children?: ReactNode;
}

/** The top bar: the name (home link), the tagline on public pages and, on the right, whatever the layout passes. */
export function SiteHeader({ tagline = true, home = '/', children }: SiteHeaderProps) {
  const t = useT();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link className="site-header__name" to={home}>
          {t('app.name')}
        </Link>
        {tagline ? <span className="site-header__tagline">{t('app.tagline')}</span> : null}
        {children}
      </div>
    </header>
  );
}
