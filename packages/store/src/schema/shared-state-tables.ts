/*
 * State that several app instances share through the database (migration 0005). Times are
 * ISO-8601 UTC text with milliseconds, like our other tables.
 */

/** One rate-limit window per key: a route and client address, or an account's failed sign-ins. */
export interface RateLimitCounterTable {
  /** Opaque: the server hashes addresses and emails before they get here. */
  key: string;
  hits: number;
  window_ends_at: string;
}

/** A TOTP code that was used, remembered until it can no longer verify. */
export interface TotpCodeUseTable {
  user_id: string;
  code: string;
  expires_at: string;
}
