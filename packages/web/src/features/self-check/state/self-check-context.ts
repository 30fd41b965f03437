import { createContext, type Dispatch } from 'react';
import type { SelfCheckAction } from './self-check-reducer';
import type { SelfCheckState } from './self-check-state';

export interface SelfCheckContextValue {
  readonly state: SelfCheckState;
  readonly dispatch: Dispatch<SelfCheckAction>;
  /** Wipes the answers from memory and this device; they can be brought back for a few seconds. */
  readonly clear: () => void;
  readonly undoClear: () => void;
  readonly canUndoClear: boolean;
  /** Keeps the undo offer open while the person is on it. */
  readonly holdUndo: (held: boolean) => void;
}

export const SelfCheckContext = createContext<SelfCheckContextValue | null>(null);
