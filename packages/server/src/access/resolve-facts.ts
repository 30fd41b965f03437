import {
  findActiveBreakGlass,
  findActiveGrant,
  isOnCareTeam,
  type ConsentCategory,
  type Executor,
} from '@kratom-care/store';
import type { Principal } from '../auth/index.js';
import type { PatientFacts, PatientRef } from './policy.js';

/**
 * Loads what the policy needs about a caller and one patient, inside the request's transaction,
 * so consent revocation and break-glass expiry are seen on the very next request.
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
  const roles = new Set(principal.roles.map((grant) => grant.role));
  const clinician = roles.has('clinician');
  const [onCareTeam, breakGlass, grant] = await Promise.all([
    clinician ? isOnCareTeam(executor, patient.id, principal.userId) : Promise.resolve(false),
    clinician ? findActiveBreakGlass(executor, principal.userId, patient.id, at) : Promise.resolve(undefined),
    category !== undefined && roles.has('family')
      ? findActiveGrant(executor, { patientId: patient.id, recipientUserId: principal.userId, category, at })
      : Promise.resolve(undefined),
  ]);
  return {
    onCareTeam,
    breakGlassActive: breakGlass !== undefined,
    grant:
      grant === undefined || grant.recipientKind !== 'family-user'
        ? null
        : { consentId: grant.id, categories: grant.categories, purpose: grant.purpose },
  };
}
