import { NavLink } from 'react-router';
import type { TSessionView as SessionView } from '@kratom-care/contracts';
import { useT } from '../../i18n/use-t';
import { navLinksFor } from '../account/session/nav-links';

/**
 * The sidebar at desktop width: who is signed in (name and roles, never an id) and the pages their roles
 * allow, the current one marked. Below 48rem it is hidden and the header's menu carries the same links.
 */
export function WorkspaceNav({ session }: { readonly session: SessionView }) {
  const t = useT();
  const roles = [...new Set(session.roles.map((membership) => t(`role.${membership.role}`)))];
  return (
    <nav className="ws-nav" aria-label={t('frame.navLabel')}>
      <p className="ws-nav__who">
        <span className="ws-nav__name">{session.user.name}</span>
        <span className="ws-nav__roles">{roles.join(', ')}</span>
      </p>
      <ul className="ws-nav__list">
        {navLinksFor(session).map((link) => (
          <li key={link.to}>
            <NavLink className="ws-nav__link" to={link.to} end={link.end === true}>
              {t(link.labelKey)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
