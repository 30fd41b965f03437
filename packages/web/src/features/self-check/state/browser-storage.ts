import { STORAGE_KEY } from './stored-state';

// Storage can be missing or throw (private browsing, storage full, blocked by settings). The self-check
// then simply keeps answers in memory, as it does for everyone who has not opted in.

export function readStored(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function writeStored(text: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, text);
  } catch {
    // Remembering is a convenience; the answers are still in memory.
  }
}

export function removeStored(): void {
  try {
    window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored that we can reach.
  }
}
