import { loadAccessRows, type AccessRows, type ConsentCategory, type Executor } from '@kratom-care/store';
import type { Principal } from '../auth/index.js';
import type { PatientFacts, PatientRef } from './decision.js';
import { holdsRole } from './roles-held.js';

/*
 * The facts the rules of access-rules.ts read, computed from raw rows at the moment of the
 * request. "In force" is stated here in TypeScript and in patient-scope.ts in SQL; the property
 * test policy-scope-agreement.property.test.ts proves the two agree (boundaries included).
 */

/**
 * Loads the rows the policy may need about a caller and some patients, skipping kinds the
 * caller's roles can never use (only clinicians use care teams and break-glass, only family
 * members consents).
 *
 * @param executor - The request's transaction.
 * @param principal - The caller.
 * @param patientIds - The patients.
 * @param forCategory - Whether a record category is asked for (only then can a consent count).
 * @returns The rows.
 */
export function loadRowsFor(
  executor: Executor,
  principal: Principal,
  patientIds: readonly string[],
  forCategory: boolean,
): Promise<AccessRows> {
  const clinician = holdsRole(principal, 'clinician');
  return loadAccessRows(executor, {
    userId: principal.userId,
    patientIds,
    careTeam: clinician,
    breakGlass: clinician,
    consents: forCategory && holdsRole(principal, 'family'),
  });
}

/**
 * The facts about one patient at `at`, from rows loaded by {@link loadRowsFor}.
 *
 * @param rows - The caller's rows.
 * @param patient - The patient.
 * @param at - Now, ISO-8601 UTC.
 * @param category - The record category asked for, when the route reads clinical records.
 * @returns The facts.
 */
export function factsFromRows(
  rows: AccessRows,
  patient: PatientRef,
  at: string,
  category?: ConsentCategory,
): PatientFacts {
  // A grant runs from its start up to, not including, its expiry (SECURITY.md AC-10: TTL + 1 s is denied).
  const breakGlassActive = rows.breakGlass.some(
    (grant) => grant.patientId === patient.id && grant.startedAt <= at && at < grant.expiresAt,
  );
  // Signed, not revoked, not replaced, not past its expiry date; an event-ended consent stays in
  // force until the event is recorded by revoking it. Newest first, so the newest grant is named.
  const grant =
    category === undefined
      ? undefined
      : rows.consents.find(
          (consent) =>
            consent.patientId === patient.id &&
            consent.recipientKind === 'family-user' &&
            consent.createdAt <= at &&
            consent.revokedAt === null &&
            consent.supersededBy === null &&
            (consent.expiresAt === null || consent.expiresAt > at) &&
            (consent.categories.includes(category) || consent.categories.includes('all')),
        );
  return {
    onCareTeam: rows.careTeamPatientIds.includes(patient.id),
    breakGlassActive,
    grant: grant === undefined ? null : { consentId: grant.id, categories: grant.categories, purpose: grant.purpose },
  };
}

/**
 * Loads what the policy needs about a caller and one patient, inside the request's transaction,
 * so consent revocation, break-glass expiry and removed memberships count on the very next request.
 *
 * @param executor - The request's transaction.
 * @param principal - The caller.
 * @param patient - The patient.
 * @param at - Now, ISO-8601 UTC.
 * @param category - The record category asked for, when the route reads clinical records.
 * @returns The facts.
 */
export async function resolvePatientFacts(
  executor: Executor,
  principal: Principal,
  patient: PatientRef,
  at: string,
  category?: ConsentCategory,
): Promise<PatientFacts> {
  const rows = await loadRowsFor(executor, principal, [patient.id], category !== undefined);
  return factsFromRows(rows, patient, at, category);
}
