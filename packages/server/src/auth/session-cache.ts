import type { PrincipalChanges, SessionWithUser } from '@kratom-care/store';
import type { Principal } from './principal.js';

/**
 * The longest a kept session is trusted with no change seen. Changes are seen at once (decision
 * 0038); this bounds what a change that was somehow not seen could cost.
 */
export const SESSION_CACHE_TTL_MS = 10_000;

/** Enough for every session of a large network; past it the oldest entry goes first. */
const MAX_ENTRIES = 10_000;

interface Entry {
  readonly row: SessionWithUser;
  readonly principal: Principal;
  /** The change count the row was read under. */
  readonly count: number;
  readonly storedAtMs: number;
}

/**
 * Sessions this process resolved, by token digest, so a signed-in request costs no database read
 * when nothing about its session, account or memberships has changed since (issue 8 §1: the
 * session read was a third of a signed-in request's CPU on SQLite, and a round trip on
 * PostgreSQL). Every rule of the resolver still runs on each request against the kept row: idle
 * time, the absolute limit and bans are judged by the clock, not by the cache.
 *
 * An entry is used only while the change count it was read under is still the current one
 * (`PrincipalChanges`): a sign-out, a disabled account or a changed role anywhere, by any
 * instance or the CLI, moves the count and so retires every entry.
 */
export class SessionCache {
  readonly #changes: PrincipalChanges;
  readonly #entries = new Map<string, Entry>();

  /** @param changes - The database's change signal. */
  constructor(changes: PrincipalChanges) {
    this.#changes = changes;
  }

  /**
   * Taken before a session is read from the database, and given back to {@link store}: a row is
   * kept only if nothing changed while it was being read.
   *
   * @returns The change count now, or null when it cannot be known.
   */
  mark(): number | null {
    return this.#changes.current();
  }

  /**
   * @param digest - The session token's digest.
   * @param nowMs - The resolver's clock.
   * @returns The kept row and principal, or undefined when there is none that can be trusted.
   */
  find(digest: string, nowMs: number): Entry | undefined {
    const entry = this.#entries.get(digest);
    if (entry === undefined) {
      return undefined;
    }
    const count = this.#changes.current();
    if (count !== entry.count || nowMs - entry.storedAtMs >= SESSION_CACHE_TTL_MS || nowMs < entry.storedAtMs) {
      this.#entries.delete(digest);
      return undefined;
    }
    return entry;
  }

  /**
   * Keeps a row read from the database, unless anything changed since {@link mark}.
   *
   * @param digest - The session token's digest.
   * @param entry - The row (with any activity just recorded), its principal, and the mark.
   * @param nowMs - The resolver's clock.
   */
  store(
    digest: string,
    entry: { readonly row: SessionWithUser; readonly principal: Principal; readonly mark: number | null },
    nowMs: number,
  ): void {
    if (entry.mark === null || this.#changes.current() !== entry.mark) {
      return;
    }
    this.#entries.delete(digest);
    if (this.#entries.size >= MAX_ENTRIES) {
      const oldest = this.#entries.keys().next();
      if (oldest.done !== true) {
        this.#entries.delete(oldest.value);
      }
    }
    this.#entries.set(digest, { row: entry.row, principal: entry.principal, count: entry.mark, storedAtMs: nowMs });
  }

  /**
   * Drops one session (it was just ended here).
   *
   * @param digest - The session token's digest.
   */
  forget(digest: string): void {
    this.#entries.delete(digest);
  }

  /** Stops watching for changes (server shutdown). */
  close(): Promise<void> {
    this.#entries.clear();
    return this.#changes.close();
  }
}
