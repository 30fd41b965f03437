/** Listings unverified for longer than this are flagged (issue 11 §2: "flagged when older than 180 days"). */
export const VERIFICATION_STALE_AFTER_DAYS = 180;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whether a listing's last verification is too old to trust without a call. Never verified counts as stale:
 * the finder says so rather than implying accuracy (locators average 56 % exact accuracy, products.md).
 *
 * @param lastVerifiedAt - ISO-8601 time of the last verification, or null.
 * @param now - The current time (the domain reads no clock).
 * @returns True when never verified or verified more than 180 days before `now`.
 * @example isVerificationStale('2026-01-01T00:00:00.000Z', new Date('2026-06-30T00:00:00.000Z')) // => false (180 days)
 */
export function isVerificationStale(lastVerifiedAt: string | null, now: Date): boolean {
  if (lastVerifiedAt === null) {
    return true;
  }
  const verified = Date.parse(lastVerifiedAt);
  return Number.isNaN(verified) || now.getTime() - verified > VERIFICATION_STALE_AFTER_DAYS * DAY_MS;
}
