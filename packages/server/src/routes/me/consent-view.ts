import type { TConsent } from '@kratom-care/contracts';
import { consentState, getUserById, type ConsentRecord, type Executor } from '@kratom-care/store';

/** The family account a consent names, as the patient chose it: by email, shown with its name. */
export interface ConsentRecipient {
  readonly recipientEmail: string | null;
  readonly recipientUserName: string | null;
}

/**
 * The family account one consent names (lists read it in their own query instead).
 *
 * @param executor - Database or transaction.
 * @param consent - A consent version.
 * @returns Its recipient's email and name, or nulls for other recipients.
 */
export async function consentRecipient(executor: Executor, consent: ConsentRecord): Promise<ConsentRecipient> {
  const user = consent.recipientUserId === null ? undefined : await getUserById(executor, consent.recipientUserId);
  return { recipientEmail: user?.email ?? null, recipientUserName: user?.name ?? null };
}

/**
 * @param consent - A stored consent version with its recipient.
 * @param at - Now, for the state.
 * @returns The API view.
 */
export function consentView(consent: ConsentRecord & ConsentRecipient, at: string): TConsent {
  return {
    id: consent.id,
    consentGroupId: consent.consentGroupId,
    version: consent.version,
    patientId: consent.patientId,
    recipientKind: consent.recipientKind,
    recipientUserId: consent.recipientUserId,
    recipientEmail: consent.recipientEmail,
    recipientUserName: consent.recipientUserName,
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
