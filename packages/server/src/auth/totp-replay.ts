import { claimTotpCode, type AppDatabase } from '@kratom-care/store';

/** A TOTP code is accepted for ±1 step of 30 s; remembering it for 2 min covers the whole window. */
const REMEMBER_MS = 2 * 60 * 1000;

/**
 * Makes each TOTP code work once per user (SECURITY.md AU-02): better-auth accepts a code for its
 * whole ±1-step window, so a code seen over someone's shoulder would otherwise work again. The
 * used codes live in the database, so a code used on one app instance is refused on every other.
 * It runs on real time, like the TOTP check itself.
 */
export class TotpReplayGuard {
  constructor(private readonly db: AppDatabase) {}

  /**
   * Claims a code for a user: one atomic insert-if-absent, so of two instances claiming the same
   * code at once exactly one wins.
   *
   * @param userId - The user.
   * @param code - The 6-digit code that just verified.
   * @returns True the first time, false when the code was already used.
   */
  claim(userId: string, code: string): Promise<boolean> {
    const at = new Date();
    return claimTotpCode(this.db, { userId, code, at, rememberUntil: new Date(at.getTime() + REMEMBER_MS) });
  }
}
