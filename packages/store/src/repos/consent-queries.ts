import type { Executor } from '../executor.js';
import { fetchKeysetPage, type KeysetPage, type KeysetRequest } from '../keyset.js';
import { toConsentRecord, type ConsentRecord } from './consents.js';
import { consentInForce } from './patient-scope.js';

/** A consent version with the family account it names (null fields for other recipients). */
export interface ConsentWithRecipient extends ConsentRecord {
  readonly recipientEmail: string | null;
  readonly recipientUserName: string | null;
}

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
 * One page of a patient's consents, every version, newest first, with the family account each
 * names: one query.
 *
 * @param executor - Database or transaction.
 * @param patientId - The patient.
 * @param page - Limit and cursor.
 * @returns The page.
 * @throws InvalidCursorError for a cursor this list did not make.
 */
export async function listConsentsForPatient(
  executor: Executor,
  patientId: string,
  page: KeysetRequest,
): Promise<KeysetPage<ConsentWithRecipient>> {
  const query = executor
    .selectFrom('consent')
    .leftJoin('user', 'user.id', 'consent.recipient_user_id')
    .selectAll('consent')
    .select(['user.email as recipient_email', 'user.name as recipient_user_name'])
    .where('consent.patient_id', '=', patientId);
  const fetched = await fetchKeysetPage(
    query,
    [
      { column: 'consent.created_at', direction: 'desc' },
      { column: 'consent.id', direction: 'desc' },
    ],
    page,
    (row) => [row.created_at, row.id],
  );
  return {
    rows: fetched.rows.map(({ recipient_email, recipient_user_name, ...row }) => ({
      ...toConsentRecord(row),
      recipientEmail: recipient_email,
      recipientUserName: recipient_user_name,
    })),
    nextCursor: fetched.nextCursor,
  };
}

/** A consent in force naming a family member, with the patient's name. */
export interface ConsentedPatient {
  readonly patientId: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly consent: ConsentRecord;
}

/** The most consents in force one family member is shown at once (see `GET /api/me/patient`). */
const MAX_CONSENTED_PATIENTS = 100;

/**
 * The consents in force at `at` that name a family member, oldest first, each with its patient's
 * name: one query, at most {@link MAX_CONSENTED_PATIENTS} rows.
 *
 * @param executor - Database or transaction.
 * @param familyUserId - The family member.
 * @param at - Now, ISO-8601 UTC.
 * @returns The consents.
 */
export async function listConsentedPatients(
  executor: Executor,
  familyUserId: string,
  at: string,
): Promise<ConsentedPatient[]> {
  const rows = await executor
    .selectFrom('consent')
    .innerJoin('patient', 'patient.id', 'consent.patient_id')
    .selectAll('consent')
    .select(['patient.given_name', 'patient.family_name'])
    .where('consent.recipient_kind', '=', 'family-user')
    .where('consent.recipient_user_id', '=', familyUserId)
    .where((eb) => consentInForce(eb, at))
    .orderBy('consent.created_at')
    .orderBy('consent.id')
    .limit(MAX_CONSENTED_PATIENTS)
    .execute();
  return rows.map(({ given_name, family_name, ...row }) => ({
    patientId: row.patient_id,
    givenName: given_name,
    familyName: family_name,
    consent: toConsentRecord(row),
  }));
}
