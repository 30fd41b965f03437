import type { TSessionView as SessionView } from '@kratom-care/contracts';
import { navLinksFor } from './nav-links';

/**
 * Where to go once signed in: staff who must enrol TOTP go to the account page; otherwise the page
 * the person was sent away from (same-site paths only), else the first page their roles allow.
 *
 * @param session - The new session.
 * @param next - The `next` query value, if any.
 * @returns A path inside the app.
 */
export function pathAfterSignIn(session: SessionView, next: string | null): string {
  if (session.secondFactorRequired) {
    return '/account';
  }
  if (next !== null && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\')) {
    return next;
  }
  const links = navLinksFor(session);
  return (links[1] ?? links[0])?.to ?? '/account';
}
