import { Link } from 'react-router';
import { useT } from '../../../i18n/use-t';

/** "Sign in" at the right of the header, for anyone not signed in. */
export function SignInLink() {
  const t = useT();
  return (
    <Link className="account-menu__sign-in" to="/sign-in">
      {t('menu.signIn')}
    </Link>
  );
}
