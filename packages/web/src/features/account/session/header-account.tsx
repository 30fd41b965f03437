import { lazy, Suspense } from 'react';
import { useSession } from './session-context';
import { SignInLink } from './sign-in-link';

const AccountMenu = lazy(() => import('./account-menu').then((m) => ({ default: m.AccountMenu })));

/**
 * The public header's account area. The self-check never asks who is signed in, so it shows "Sign in";
 * the menu (and its links) is a lazy chunk, loaded only for someone who came from a signed-in page.
 */
export function HeaderAccount() {
  const { status, session } = useSession();
  if (session === null || status === 'loading') {
    return <SignInLink />;
  }
  return (
    <Suspense fallback={null}>
      <AccountMenu />
    </Suspense>
  );
}
