import type { Executor } from '../executor.js';
import type { ConsentCategory } from '../vocabulary.js';
import { toConsentRecord, type ConsentRecord } from './consents.js';
import { consentInForce } from './patient-scope.js';

/** Where a consent version stands at a moment. Only `active` grants anything. */
export type ConsentState = 'active' | 'revoked' | 'superseded' | 'expired';

/**
 * Where a consent version stands at `at`.
 *
 * @param consent - A consent version.
 * @param at - The moment, ISO-8601 UTC.
 * @returns `revoked` and `superseded` win over `expired`; otherwise `active`.
 */
export function consentState(consent: ConsentRecord, at: string): ConsentState {
  if (consent.revokedAt !== null) {
    return 'revoked';
  }
  if (consent.supersededBy !== null) {
    return 'superseded';
  }
  return consent.expiresAt !== null && consent.expiresAt <= at ? 'expired' : 'active';
}

/**
 * @param executor - Database or transaction.
 * @param patientId - The patient.
 * @returns Every version of every consent the patient gave, newest first.
 */
export async function listConsentsForPatient(executor: Executor, patientId: string): Promise<ConsentRecord[]> {
  const rows = await executor
    .selectFrom('consent')
    .selectAll()
    .where('patient_id', '=', patientId)
    .orderBy('created_at', 'desc')
    .orderBy('version', 'desc')
    .execute();
  return rows.map(toConsentRecord);
}

/**
 * @param executor - Database or transaction.
 * @param recipientUserId - A family user.
 * @returns Every consent version naming the user, newest first.
 */
export async function listConsentsForRecipient(executor: Executor, recipientUserId: string): Promise<ConsentRecord[]> {
  const rows = await executor
    .selectFrom('consent')
    .selectAll()
    .where('recipient_user_id', '=', recipientUserId)
    .orderBy('created_at', 'desc')
    .orderBy('version', 'desc')
    .execute();
  return rows.map(toConsentRecord);
}

/**
 * Finds the consent that lets a user receive one category of a patient's records right now: in
 * force (not revoked, not replaced, not expired at `at`) and covering the category or `all`.
 *
 * @param executor - Database or transaction.
 * @param query - Patient, recipient user, category and the moment of the request.
 * @returns The granting consent (the newest if several), or undefined when nothing grants it.
 */
export async function findActiveGrant(
  executor: Executor,
  query: { patientId: string; recipientUserId: string; category: ConsentCategory; at: string },
): Promise<ConsentRecord | undefined> {
  const rows = await executor
    .selectFrom('consent')
    .selectAll()
    .where('patient_id', '=', query.patientId)
    .where('recipient_user_id', '=', query.recipientUserId)
    .where((eb) => consentInForce(eb, query.at))
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows
    .map(toConsentRecord)
    .find((consent) => consent.categories.includes(query.category) || consent.categories.includes('all'));
}
