import type { Executor } from '../executor.js';
import { toConsentRecord, type ConsentRecord } from './consents.js';
import { consentInForce } from './patient-scope.js';

/** The most consents in force to outside providers one patient is read with; more is not a real case. */
const MAX_EXTERNAL_CONSENTS = 100;

/**
 * A patient's consents in force at `at` that name an outside provider (42 CFR §2.31), newest
 * first: one query, at most {@link MAX_EXTERNAL_CONSENTS} rows. A disclosure to an outside
 * provider is made under one of these.
 *
 * @param executor - Database or transaction.
 * @param patientId - The patient.
 * @param at - Now, ISO-8601 UTC.
 * @returns The consents.
 */
export async function listExternalConsentsInForce(
  executor: Executor,
  patientId: string,
  at: string,
): Promise<ConsentRecord[]> {
  const rows = await executor
    .selectFrom('consent')
    .selectAll('consent')
    .where('consent.patient_id', '=', patientId)
    .where('consent.recipient_kind', '=', 'external-provider')
    .where((eb) => consentInForce(eb, at))
    .orderBy('consent.created_at', 'desc')
    .orderBy('consent.id', 'desc')
    .limit(MAX_EXTERNAL_CONSENTS)
    .execute();
  return rows.map(toConsentRecord);
}
