import type { Consent, ConsentStatus } from '../../api/types';

/**
 * Where a consent stands now. The server's own `status` wins when it sends one.
 *
 * @param consent - One consent version.
 * @param now - The current time.
 * @returns active, revoked, superseded or expired.
 * @example consentStatus({ ...c, revokedAt: '2026-01-02T00:00:00.000Z' }, now) // 'revoked'
 */
export function consentStatus(consent: Consent, now: Date): ConsentStatus {
  if (consent.status !== undefined) {
    return consent.status;
  }
  if (consent.revokedAt !== null) {
    return 'revoked';
  }
  if (consent.supersededBy !== undefined && consent.supersededBy !== null) {
    return 'superseded';
  }
  if (consent.expiresAt !== null && new Date(consent.expiresAt).getTime() <= now.getTime()) {
    return 'expired';
  }
  return 'active';
}
