import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useApiClient } from '../../../api/api-client-hook';
import type { SessionView } from '../../../api/types';
import { SessionContext, type SessionState, type SessionStatus } from './session-context';

/**
 * Knows who is signed in. It asks `GET /api/auth/session` once on load; a 401 (or no server at all,
 * as for the self-check on its own) means signed out, and the public pages work the same either way.
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
      const response = await api.request<SessionView>({ method: 'GET', path: '/api/auth/session' });
      setSession(response.data);
    } catch {
      setSession(null);
    }
  }, [api, setSession]);

  const signOut = useCallback(async () => {
    try {
      await api.request<null>({ method: 'POST', path: '/api/auth/sign-out' });
    } finally {
      // Forget the person here even if the network failed; the server session times out anyway.
      setSession(null);
    }
  }, [api, setSession]);

  useEffect(() => {
    let live = true;
    api.request<SessionView>({ method: 'GET', path: '/api/auth/session' }).then(
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
  }, [api, setSession]);

  const value = useMemo<SessionState>(
    () => ({ status, session, setSession, refresh, signOut }),
    [status, session, setSession, refresh, signOut],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}
