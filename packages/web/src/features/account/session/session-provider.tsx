import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useApiClient } from '../../../api/api-client-hook';
import type { TSessionView as SessionView } from '@kratom-care/contracts';
import { SessionContext, type SessionState, type SessionStatus } from './session-context';

// Loaded on demand: see session-schemas.ts.
const sessionSchema = async () => (await import('./session-schemas')).ZSessionView;
const noContentSchema = async () => (await import('./session-schemas')).ZNoContent;

/**
 * The public self-check makes no request to the server at all (docs/decisions/0003), not even to ask
 * who is signed in: on its pages the header simply offers "Sign in".
 */
function isPublicSelfCheckPath(pathname: string): boolean {
  return pathname === '/' || pathname === '/check' || pathname.startsWith('/check/');
}

/**
 * Knows who is signed in. It asks `GET /api/auth/session` the first time the person is on a page
 * outside the public self-check; a 401 (or no server at all) means signed out.
 */
export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const api = useApiClient();
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [session, setSessionValue] = useState<SessionView | null>(null);

  const setSession = useCallback((next: SessionView | null) => {
    setSessionValue(next);
    setStatus(next === null ? 'signed-out' : 'signed-in');
  }, []);

  const refresh = useCallback(async () => {
    try {
      const response = await api.request({ method: 'GET', path: '/api/auth/session' }, sessionSchema);
      setSession(response.data);
    } catch {
      setSession(null);
    }
  }, [api, setSession]);

  const signOut = useCallback(async () => {
    try {
      await api.request({ method: 'POST', path: '/api/auth/sign-out' }, noContentSchema);
    } finally {
      // Forget the person here even if the network failed; the server session times out anyway.
      setSession(null);
    }
  }, [api, setSession]);

  const { pathname } = useLocation();
  const shouldLoad = status === 'loading' && !isPublicSelfCheckPath(pathname);

  useEffect(() => {
    if (!shouldLoad) {
      return undefined;
    }
    let live = true;
    api.request({ method: 'GET', path: '/api/auth/session' }, sessionSchema).then(
      (response) => {
        if (live) {
          setSession(response.data);
        }
      },
      () => {
        if (live) {
          setSession(null);
        }
      },
    );
    return () => {
      live = false;
    };
  }, [api, setSession, shouldLoad]);

  const value = useMemo<SessionState>(
    () => ({ status, session, setSession, refresh, signOut }),
    [status, session, setSession, refresh, signOut],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}
