import type { TConsent as Consent, TConsentState as ConsentStatus } from '@kratom-care/contracts';

/**
 * Where a consent stands now. The server's `state` was right when the list loaded; a page left
 * open past the end date should not keep offering to revoke a consent that has already ended.
 *
 * @param consent - One consent version.
 * @param now - The current time.
 * @returns active, revoked, superseded or expired.
 * @example consentStatus({ ...c, state: 'active', expiresAt: '2026-01-02T00:00:00.000Z' }, new Date('2026-02-01')) // 'expired'
 */
export function consentStatus(consent: Consent, now: Date): ConsentStatus {
  if (consent.state === 'active' && consent.expiresAt !== null && new Date(consent.expiresAt) <= now) {
    return 'expired';
  }
  return consent.state;
}
