/** A TOTP code is accepted for ±1 step of 30 s; remembering it for 2 min covers the whole window. */
const REMEMBER_MS = 2 * 60 * 1000;

/**
 * Makes each TOTP code work once per user (SECURITY.md AU-02): better-auth accepts a code for its
 * whole ±1-step window, so a code seen over someone's shoulder would otherwise work again. Kept in
 * memory; it runs on real time, like the TOTP check itself.
 */
export class TotpReplayGuard {
  private readonly used = new Map<string, number>();

  /**
   * Claims a code for a user.
   *
   * @param userId - The user.
   * @param code - The 6-digit code that just verified.
   * @returns True the first time, false when the code was already used.
   */
  claim(userId: string, code: string): boolean {
    const now = Date.now();
    for (const [key, expires] of this.used) {
      if (expires <= now) {
        this.used.delete(key);
      }
    }
    const key = `${userId}:${code}`;
    if (this.used.has(key)) {
      return false;
    }
    this.used.set(key, now + REMEMBER_MS);
    return true;
  }
}
