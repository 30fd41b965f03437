import type { TConsent } from '@kratom-care/contracts';
import { consentState, type ConsentRecord, type Executor } from '@kratom-care/store';

/**
 * The emails of the family accounts the consents name. A patient chose the recipient by email, and
 * a bare user id would not tell them (or a privacy officer) who it is.
 *
 * @param executor - Database or transaction.
 * @param consents - Consent versions.
 * @returns Email by recipient user id.
 */
export async function recipientEmails(
  executor: Executor,
  consents: readonly ConsentRecord[],
): Promise<ReadonlyMap<string, string>> {
  const ids = [
    ...new Set(consents.flatMap((consent) => (consent.recipientUserId === null ? [] : [consent.recipientUserId]))),
  ];
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await executor.selectFrom('user').select(['id', 'email']).where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, row.email]));
}

/**
 * @param consent - A stored consent version.
 * @param at - Now, for the state.
 * @param emails - Recipient emails from {@link recipientEmails}.
 * @returns The API view.
 */
export function consentView(consent: ConsentRecord, at: string, emails: ReadonlyMap<string, string>): TConsent {
  return {
    id: consent.id,
    consentGroupId: consent.consentGroupId,
    version: consent.version,
    patientId: consent.patientId,
    recipientKind: consent.recipientKind,
    recipientUserId: consent.recipientUserId,
    recipientEmail: consent.recipientUserId === null ? null : (emails.get(consent.recipientUserId) ?? null),
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
