import type { SelfCheckState } from './self-check-state';

// The stored copy's key and format, apart from the reader (./stored-state.ts): writing is needed from
// the first screen, reading (which checks every answer against the instruments) only when a copy exists.

/** The one storage key the self-check writes: in sessionStorage by default, in localStorage after the opt-in. */
export const STORAGE_KEY = 'kratom-care.self-check';

/** Bumped when the stored shape changes; an older copy is then discarded. */
export const FORMAT_VERSION = 1;

/**
 * @param state - The answers to keep.
 * @returns The text to store under {@link STORAGE_KEY}.
 */
export function serializeState(state: SelfCheckState): string {
  return JSON.stringify({ v: FORMAT_VERSION, state });
}
