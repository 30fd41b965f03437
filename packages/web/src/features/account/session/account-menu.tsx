import { useId, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import './account-menu.css';
import { useT } from '../../../i18n/use-t';
import { navLinksFor } from './nav-links';
import { useSession } from './session-context';
import { SignInLink } from './sign-in-link';

/**
 * The header's account area: "Sign in" for visitors; for a signed-in person a menu button that
 * opens the pages their roles allow and "Sign out". Escape closes it and returns focus to the button.
 */
export function AccountMenu() {
  const t = useT();
  const { status, session, signOut } = useSession();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const navigate = useNavigate();

  // 'loading' also covers the public self-check, where the session is never asked for.
  if (session === null || status === 'loading') {
    return <SignInLink />;
  }

  return (
    <nav
      className="account-menu"
      aria-label={t('menu.label')}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="account-menu__button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => {
          setOpen((value) => !value);
        }}
      >
        {t('menu.button', { name: session.user.name })}
      </button>
      <ul className="account-menu__list" id={listId} hidden={!open}>
        {navLinksFor(session).map((link) => (
          <li key={link.to}>
            <Link
              to={link.to}
              onClick={() => {
                setOpen(false);
              }}
            >
              {t(link.labelKey)}
            </Link>
          </li>
        ))}
        <li>
          <button
            type="button"
            className="account-menu__sign-out"
            onClick={() => {
              setOpen(false);
              void signOut().then(() => navigate('/'));
            }}
          >
            {t('menu.signOut')}
          </button>
        </li>
      </ul>
    </nav>
  );
}
