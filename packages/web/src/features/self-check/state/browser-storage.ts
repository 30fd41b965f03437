import { STORAGE_KEY } from './stored-format';

/**
 * Where a copy of the answers is kept: `sessionStorage` (this tab only, gone when it closes) by default, so a
 * reload does not lose them; `localStorage` (this device, until cleared) only after the person opts in.
 */
export type StorageArea = 'sessionStorage' | 'localStorage';

// Storage can be missing or throw (private browsing, storage full, blocked by settings). The self-check
// then simply keeps answers in memory for this page only.

function storage(area: StorageArea): Storage | null {
  try {
    return window[area];
  } catch {
    return null;
  }
}

/**
 * @param area - Which storage.
 * @returns The stored text, or null when nothing is stored or storage is unavailable.
 */
export function readStored(area: StorageArea): string | null {
  try {
    return storage(area)?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/**
 * @param area - Which storage.
 * @param text - The serialized answers.
 */
export function writeStored(area: StorageArea, text: string): void {
  try {
    storage(area)?.setItem(STORAGE_KEY, text);
  } catch {
    // Keeping a copy is a convenience; the answers are still in memory.
  }
}

/** @param area - Which storage to remove the copy from. */
export function removeStored(area: StorageArea): void {
  try {
    storage(area)?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored that we can reach.
  }
}
