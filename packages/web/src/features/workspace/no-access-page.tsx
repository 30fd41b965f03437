import { Link } from 'react-router';
import type { TSessionView as SessionView } from '@kratom-care/contracts';
import { useT } from '../../i18n/use-t';
import { PageHeading } from '../../ui/page-heading';
import { pathAfterSignIn } from '../account/session/after-sign-in';

/**
 * A page the person's roles do not open. It says so plainly, with a way back to their own landing
 * page; "Page not found" stays for addresses that do not exist. (The API still answers 404 for data
 * the caller may not see; this is only about pages of the app.)
 */
export function NoAccessPage({ session }: { readonly session: SessionView }) {
  const t = useT();
  return (
    <div className="page">
      <PageHeading>{t('frame.noAccess.title')}</PageHeading>
      <p>{t('frame.noAccess.text')}</p>
      <p>
        <Link to={pathAfterSignIn(session, null)}>{t('frame.noAccess.back')}</Link>
      </p>
    </div>
  );
}
