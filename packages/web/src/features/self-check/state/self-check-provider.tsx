import { useCallback, useEffect, useMemo, useReducer, useState, type ReactNode } from 'react';
import { readStored, removeStored, writeStored } from './browser-storage';
import { SelfCheckContext, type SelfCheckContextValue } from './self-check-context';
import { selfCheckReducer } from './self-check-reducer';
import { INITIAL_STATE, type SelfCheckState } from './self-check-state';
import { planStoredCopy } from './stored-copy';
import { parseStoredState, serializeState } from './stored-state';

/** How long "Undo" stays offered after clearing. Long enough to notice and reach the button. */
export const UNDO_WINDOW_MS = 10_000;

function initialState(): SelfCheckState {
  return (
    parseStoredState(readStored('localStorage'), true) ??
    parseStoredState(readStored('sessionStorage'), false) ??
    INITIAL_STATE
  );
}

/**
 * Holds every answer in memory, with a copy in this tab's sessionStorage so a reload does not lose them
 * (gone when the tab closes). Only while the person has chosen "Remember my answers on this device" is the
 * copy kept in localStorage instead. Nothing is ever sent anywhere.
 */
export function SelfCheckProvider({ children }: { readonly children: ReactNode }) {
  const [state, dispatch] = useReducer(selfCheckReducer, undefined, initialState);
  const [cleared, setCleared] = useState<SelfCheckState | null>(null);
  const [undoHeld, setUndoHeld] = useState(false);

  useEffect(() => {
    const plan = planStoredCopy(state, serializeState);
    plan.remove.forEach(removeStored);
    if (plan.write !== null) {
      writeStored(plan.write.area, plan.write.text);
    }
  }, [state]);

  useEffect(() => {
    // While focus is on the Undo notice the offer stays open (no time limit for keyboard users).
    if (cleared === null || undoHeld) {
      return undefined;
    }
    const timer = window.setTimeout(() => {
      setCleared(null);
    }, UNDO_WINDOW_MS);
    return () => {
      window.clearTimeout(timer);
    };
  }, [cleared, undoHeld]);

  const clear = useCallback(() => {
    setCleared(state);
    dispatch({ type: 'clear' });
  }, [state]);

  const undoClear = useCallback(() => {
    if (cleared !== null) {
      dispatch({ type: 'restore', state: cleared });
      setCleared(null);
      setUndoHeld(false);
    }
  }, [cleared]);

  const value = useMemo<SelfCheckContextValue>(
    () => ({ state, dispatch, clear, undoClear, canUndoClear: cleared !== null, holdUndo: setUndoHeld }),
    [state, clear, undoClear, cleared],
  );

  return <SelfCheckContext value={value}>{children}</SelfCheckContext>;
}
