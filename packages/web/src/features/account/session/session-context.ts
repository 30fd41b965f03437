import { createContext, useContext } from 'react';
import type { TSessionView as SessionView } from '@kratom-care/contracts';

export type SessionStatus = 'loading' | 'signed-in' | 'signed-out';

export interface SessionState {
  readonly status: SessionStatus;
  readonly session: SessionView | null;
  /** After sign-in, setup, invitation or enrolment: the server answered with the new session. */
  readonly setSession: (session: SessionView | null) => void;
  /** Asks the server who is signed in. */
  readonly refresh: () => Promise<void>;
  /** Ends the session on the server and forgets it here. */
  readonly signOut: () => Promise<void>;
}

export const SessionContext = createContext<SessionState | null>(null);

/** @returns The signed-in state; throws outside the provider (a wiring bug). */
export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (state === null) {
    throw new Error('useSession() needs a <SessionProvider> above it.');
  }
  return state;
}
