import type { StorageArea } from './browser-storage';
import { hasAnyAnswer } from './has-any-answer';
import type { SelfCheckState } from './self-check-state';

/** What to do with each storage after a change: keep this text in one, remove the copy from the other. */
export interface StoragePlan {
  readonly write: { readonly area: StorageArea; readonly text: string } | null;
  readonly remove: readonly StorageArea[];
}

/**
 * Where the answers' copy belongs. Opted in: this device (localStorage), even before the first answer, so
 * the choice itself is remembered. Otherwise: this tab (sessionStorage), and only while there is an answer,
 * so after "Clear my answers" nothing is left. Never both.
 *
 * @param state - The answers now.
 * @param serialize - Turns them into the stored text.
 * @returns The writes and removals to make.
 */
export function planStoredCopy(state: SelfCheckState, serialize: (state: SelfCheckState) => string): StoragePlan {
  if (state.remember) {
    return { write: { area: 'localStorage', text: serialize(state) }, remove: ['sessionStorage'] };
  }
  if (hasAnyAnswer(state)) {
    return { write: { area: 'sessionStorage', text: serialize(state) }, remove: ['localStorage'] };
  }
  return { write: null, remove: ['localStorage', 'sessionStorage'] };
}
