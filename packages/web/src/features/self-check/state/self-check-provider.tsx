import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import { readStored, removeStored, writeStored } from './browser-storage';
import { SelfCheckContext, type SelfCheckContextValue } from './self-check-context';
import { selfCheckReducer } from './self-check-reducer';
import { INITIAL_STATE, type SelfCheckState } from './self-check-state';
import { planStoredCopy } from './stored-copy';
import { serializeState } from './stored-format';

/** How long "Undo" stays offered after clearing. Long enough to notice and reach the button. */
export const UNDO_WINDOW_MS = 10_000;

interface StoredCopies {
  readonly device: string | null;
  readonly tab: string | null;
}

function readCopies(): StoredCopies {
  return { device: readStored('localStorage'), tab: readStored('sessionStorage') };
}

/**
 * Reads a stored copy. The reader checks every answer against the instruments, so it is its own chunk,
 * loaded only when there is a copy: a first visit does not download it.
 */
async function restore(copies: StoredCopies): Promise<SelfCheckState | null> {
  const { parseStoredState } = await import('./stored-state');
  return parseStoredState(copies.device, true) ?? parseStoredState(copies.tab, false);
}

/**
 * Holds every answer in memory, with a copy in this tab's sessionStorage so a reload does not lose them
 * (gone when the tab closes). Only while the person has chosen "Remember my answers on this device" is the
 * copy kept in localStorage instead. Nothing is ever sent anywhere. When a copy exists, nothing below
 * renders until it is read, so a page never judges the answers before they are back.
 */
export function SelfCheckProvider({ children }: { readonly children: ReactNode }) {
  const [copies] = useState(readCopies);
  const [ready, setReady] = useState(() => copies.device === null && copies.tab === null);
  const [state, dispatch] = useReducer(selfCheckReducer, INITIAL_STATE);
  const [cleared, setCleared] = useState<SelfCheckState | null>(null);
  const [undoHeld, setUndoHeld] = useState(false);
  // A copy that could not be read (its chunk failed to load) stays put until the person answers again.
  const keepCopy = useRef(false);

  useEffect(() => {
    if (ready) {
      return undefined;
    }
    let current = true;
    restore(copies).then(
      (restored) => {
        if (current) {
          if (restored !== null) {
            dispatch({ type: 'restore', state: restored });
          }
          setReady(true);
        }
      },
      () => {
        if (current) {
          keepCopy.current = true;
          setReady(true);
        }
      },
    );
    return () => {
      current = false;
    };
  }, [copies, ready]);

  useEffect(() => {
    if (!ready || (keepCopy.current && state === INITIAL_STATE)) {
      return;
    }
    keepCopy.current = false;
    const plan = planStoredCopy(state, serializeState);
    plan.remove.forEach(removeStored);
    if (plan.write !== null) {
      writeStored(plan.write.area, plan.write.text);
    }
  }, [state, ready]);

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

  return ready ? <SelfCheckContext value={value}>{children}</SelfCheckContext> : null;
}
