import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useT } from '../i18n/use-t';

/** "Find care" in the public header: the finder, one tap from every public page. */
export function FindCareLink() {
  const t = useT();
  return (
    <NavLink className="site-header__link" to="/find-care" end={false}>
      {t('menu.findCare')}
    </NavLink>
  );
}

/** The right-hand end of the public header: "Find care" and the account area, kept together when it wraps. */
export function HeaderLinks({ children }: { readonly children: ReactNode }) {
  return <div className="site-header__links">{children}</div>;
}
