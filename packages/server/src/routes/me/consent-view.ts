import type { TConsent } from '@kratom-care/contracts';
import { consentState, type ConsentRecord } from '@kratom-care/store';

/**
 * @param consent - A stored consent version.
 * @param at - Now, for the state.
 * @returns The API view.
 */
export function consentView(consent: ConsentRecord, at: string): TConsent {
  return {
    id: consent.id,
    consentGroupId: consent.consentGroupId,
    version: consent.version,
    patientId: consent.patientId,
    recipientKind: consent.recipientKind,
    recipientUserId: consent.recipientUserId,
    recipientName: consent.recipientName,
    categories: consent.categories,
    purpose: consent.purpose,
    expiresAt: consent.expiresAt,
    expiryEvent: consent.expiryEvent,
    attestation: consent.attestation,
    createdBy: consent.createdBy,
    createdAt: consent.createdAt,
    revokedAt: consent.revokedAt,
    state: consentState(consent, at),
  };
}
