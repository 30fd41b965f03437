import {
  consentCovers,
  loadAccessRows,
  loadPatientWithAccessRows,
  type AccessRows,
  type AccessRowsQuery,
  type ConsentCategory,
  type Executor,
  type PatientRecord,
} from '@kratom-care/store';
import type { Principal } from '../auth/index.js';
import type { PatientFacts, PatientRef } from './decision.js';
import { holdsRole } from './roles-held.js';

/*
 * The facts the rules of access-rules.ts read, computed from raw rows at the moment of the
 * request. "In force" is stated here in TypeScript and in patient-scope.ts in SQL; the property
 * test policy-scope-agreement.property.test.ts proves the two agree (boundaries included).
 */

/** Which kinds of access row a caller's roles can use: the same for every patient they ask about. */
function rowKindsFor(principal: Principal, forCategory: boolean): Omit<AccessRowsQuery, 'patientIds'> {
  const clinician = holdsRole(principal, 'clinician');
  return {
    userId: principal.userId,
    careTeam: clinician,
    breakGlass: clinician,
    consents: forCategory && holdsRole(principal, 'family'),
  };
}

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
  return loadAccessRows(executor, { ...rowKindsFor(principal, forCategory), patientIds });
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
            consentCovers(consent.categories, category),
        );
  return {
    onCareTeam: rows.careTeamPatientIds.includes(patient.id),
    breakGlassActive,
    grant: grant === undefined ? null : { consentId: grant.id, categories: grant.categories, purpose: grant.purpose },
  };
}

/** A patient by the requested id, with the facts about the caller, or no patient at all. */
export type PatientAndFacts =
  { readonly patient: PatientRecord; readonly facts: PatientFacts } | { readonly patient: undefined };

/**
 * Loads a patient by the requested id and what the policy needs about the caller and them, in ONE
 * statement inside the request's transaction (or on the database handle, for a read), so consent
 * revocation, break-glass expiry and removed memberships count on the very next request. A missing
 * id runs the same statement as a hidden patient (issue 8 §4).
 *
 * @param executor - The request's transaction or the database handle.
 * @param principal - The caller.
 * @param patientId - The requested patient id.
 * @param at - Now, ISO-8601 UTC.
 * @param category - The record category asked for, when the route reads clinical records.
 * @returns The patient and the facts, or `{ patient: undefined }`.
 */
export async function loadPatientAndFacts(
  executor: Executor,
  principal: Principal,
  patientId: string,
  at: string,
  category?: ConsentCategory,
): Promise<PatientAndFacts> {
  const kinds = rowKindsFor(principal, category !== undefined);
  const { patient, rows } = await loadPatientWithAccessRows(executor, { ...kinds, patientId });
  return patient === undefined ? { patient } : { patient, facts: factsFromRows(rows, patient, at, category) };
}
