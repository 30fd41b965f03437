import { STAFF_ROLES, type TRole } from '@kratom-care/contracts';
import type { PatientScope } from '@kratom-care/store';
import type { Principal } from '../auth/index.js';
import { accessScope } from './access-scope.js';
import { decide } from './decide.js';
import { DENY, NO_FACTS, type Decision, type PatientFacts, type PatientRef } from './decision.js';
import { facilitiesWithRole, holdsRole, holdsRoleAt } from './roles-held.js';

/*
 * The one access policy (issue 3 §5, decision 0005; issue 7 §2). Every function here is data in,
 * decision out: routes load the facts (access/resolve-facts.ts), ask here, and answer 404 for
 * every "no", so a hidden record looks exactly like a missing one. Who may reach a patient is
 * written once, in access-rules.ts; these functions name its permissions for the routes, and the
 * list scope is derived from the same rules (access-scope.ts).
 */

export { DENY, type Allowed, type Decision, type PatientFacts, type PatientRef } from './decision.js';
export { facilitiesWithRole } from './roles-held.js';

/**
 * Demographics (`GET /api/patients/:id`): the patient, their clinicians (care team or
 * break-glass while still a clinician of the facility) and admissions staff of the patient's
 * facility. Admins, privacy officers and family members never read them here.
 *
 * @param principal - The caller.
 * @param patient - The patient.
 * @param facts - Care team, break-glass.
 * @returns The decision.
 */
export function canReadPatient(principal: Principal, patient: PatientRef, facts: PatientFacts): Decision {
  return decide('readPatient', principal, patient, facts);
}

/**
 * Changing demographics: clinicians with access and admissions staff of the facility.
 *
 * @param principal - The caller.
 * @param patient - The patient.
 * @param facts - Care team, break-glass.
 * @returns The decision.
 */
export function canEditPatient(principal: Principal, patient: PatientRef, facts: PatientFacts): Decision {
  return decide('editPatient', principal, patient, facts);
}

/**
 * Reading clinical records of one category: clinicians with access, the patient, and a family
 * member whose current consent covers the category. Never admissions or admins.
 *
 * @param principal - The caller.
 * @param patient - The patient.
 * @param facts - Care team, break-glass and the consent grant for the category.
 * @returns The decision; a consent decision carries the consent id for the disclosure record.
 */
export function canReadClinical(principal: Principal, patient: PatientRef, facts: PatientFacts): Decision {
  return decide('readClinical', principal, patient, facts);
}

/**
 * Writing clinical records: clinicians with access only.
 *
 * @param principal - The caller.
 * @param patient - The patient.
 * @param facts - Care team, break-glass.
 * @returns The decision.
 */
export function canWriteClinical(principal: Principal, patient: PatientRef, facts: PatientFacts): Decision {
  return decide('writeClinical', principal, patient, facts);
}

/**
 * Reading counselling notes: the care team, and a family member whose consent in force names the
 * `counselling-notes` category itself. Never the patient through the portal, never break-glass
 * (docs/decisions/0025-plan-versions-and-notes.md).
 *
 * @param principal - The caller.
 * @param patient - The patient.
 * @param facts - Care team and the consent grant for `counselling-notes`.
 * @returns The decision.
 */
export function canReadCounselling(principal: Principal, patient: PatientRef, facts: PatientFacts): Decision {
  return decide('readCounselling', principal, patient, facts);
}

/**
 * Writing counselling notes: the care team only.
 *
 * @param principal - The caller.
 * @param patient - The patient.
 * @param facts - Care team.
 * @returns The decision.
 */
export function canWriteCounselling(principal: Principal, patient: PatientRef, facts: PatientFacts): Decision {
  return decide('writeCounselling', principal, patient, facts);
}

/**
 * Inviting the patient to an account: a clinician on the care team.
 *
 * @param principal - The caller.
 * @param patient - The patient.
 * @param facts - Care team.
 * @returns The decision.
 */
export function canInvitePatient(principal: Principal, patient: PatientRef, facts: PatientFacts): Decision {
  return decide('invitePatient', principal, patient, facts);
}

/**
 * Changing the care team: a clinician on it, or an admin of the patient's facility.
 *
 * @param principal - The caller.
 * @param patient - The patient.
 * @param facts - Care team.
 * @returns The decision.
 */
export function canManageCareTeam(principal: Principal, patient: PatientRef, facts: PatientFacts): Decision {
  return decide('manageCareTeam', principal, patient, facts);
}

/**
 * Break-glass: any clinician of the patient's facility may open the record by stating a reason.
 * (A clinician already on the care team needs none; the route answers 409 for them.)
 *
 * @param principal - The caller.
 * @param patient - The patient.
 * @returns The decision, marked as break-glass for the audit row.
 */
export function canBreakGlass(principal: Principal, patient: PatientRef): Decision {
  return decide('breakGlass', principal, patient, NO_FACTS);
}

/**
 * A patient's consents: clinicians with access and the privacy officer of the patient's facility.
 *
 * @param principal - The caller.
 * @param patient - The patient.
 * @param facts - Care team, break-glass.
 * @returns The decision.
 */
export function canReadPatientConsents(principal: Principal, patient: PatientRef, facts: PatientFacts): Decision {
  return decide('readPatientConsents', principal, patient, facts);
}

/**
 * `/api/me/*`: the caller's own linked patient record, and nobody else's.
 *
 * @param principal - The caller.
 * @param patient - The patient.
 * @returns The decision (`via: 'self'`).
 */
export function canReadOwnRecord(principal: Principal, patient: PatientRef): Decision {
  return decide('ownRecord', principal, patient, NO_FACTS);
}

/**
 * Who may be put on (or is taken off) a patient's care team: a clinician of the patient's
 * facility. The care-team rule then gives them clinical access.
 *
 * @param member - The roles the named user holds now (their memberships).
 * @param patient - The patient.
 * @returns True when the user may be on the care team.
 */
export function canJoinCareTeam(member: Pick<Principal, 'roles'>, patient: PatientRef): boolean {
  return holdsRoleAt(member, 'clinician', patient.facilityId);
}

/**
 * Creating a patient: clinicians and admissions staff of that facility.
 *
 * @param principal - The caller.
 * @param facilityId - The facility the patient will belong to.
 * @returns The decision.
 */
export function canCreatePatient(principal: Principal, facilityId: string): Decision {
  const role = (['clinician', 'admissions'] as const).find((held) => holdsRoleAt(principal, held, facilityId));
  return role === undefined
    ? DENY
    : { allowed: true, role, facilityId, via: 'facility-role', breakGlass: false, consentId: null };
}

/**
 * Managing a facility and its users: an admin of that facility.
 *
 * @param principal - The caller.
 * @param facilityId - The facility.
 * @returns True when allowed.
 */
export function canAdminFacility(principal: Principal, facilityId: string): boolean {
  return holdsRoleAt(principal, 'admin', facilityId);
}

/**
 * Managing a facility's network listing (its profile and programmes): the facility's own admins; and,
 * for a listing nobody works at (imported, from the FindTreatment.gov locator, or the fictional demo),
 * any admin: the network starts from those listings and its admins add what they lack (issue 11 §1;
 * decision 0030). A facility staff work at (`manual`) stays with its own admins.
 *
 * @param principal - The caller.
 * @param facility - The facility's id and where its listing came from.
 * @returns True when allowed.
 */
export function canManageListing(
  principal: Principal,
  facility: { readonly id: string; readonly source: string },
): boolean {
  return (
    canAdminFacility(principal, facility.id) ||
    (facility.source !== 'manual' && facilitiesWithRole(principal, 'admin').length > 0)
  );
}

/**
 * Seeing a facility's staff (e.g. its clinicians, to choose a care-team member): staff of that
 * facility, whatever their staff role.
 *
 * @param principal - The caller.
 * @param facilityId - The facility.
 * @returns True when allowed.
 */
export function canSeeFacilityStaff(principal: Principal, facilityId: string): boolean {
  return STAFF_ROLES.some((role) => holdsRoleAt(principal, role, facilityId));
}

/**
 * The facilities the caller works at (any role held there), e.g. for "my facilities".
 *
 * @param principal - The caller.
 * @returns Facility ids, each once.
 */
export function memberFacilities(principal: Principal): string[] {
  return [...new Set(principal.roles.flatMap((grant) => (grant.facilityId === null ? [] : [grant.facilityId])))];
}

/**
 * The facilities whose audit log and break-glass queue the caller reads (privacy officer).
 *
 * @param principal - The caller.
 * @returns Facility ids; empty means no access.
 */
export function auditFacilities(principal: Principal): string[] {
  return facilitiesWithRole(principal, 'privacy-officer');
}

/**
 * The SQL scope of the patient list: {@link canReadPatient}'s rules, read as SQL.
 *
 * @param principal - The caller.
 * @param at - Now, ISO-8601 UTC (break-glass expiry).
 * @returns The scope for the store's `patientVisibleTo`.
 */
export function patientListScope(principal: Principal, at: string): PatientScope {
  return accessScope('readPatient', principal, at);
}

/** What `GET /api/me/patient` shows: the caller's own record, and the patients who named them. */
export interface MyPatientsAccess {
  /** A patient account sees its own linked record. */
  readonly ownRecord: boolean;
  /** The patients whose consent in force names the caller as family (any category). */
  readonly consentedPatients: PatientScope;
}

/**
 * `GET /api/me/patient`: patients see their own record, family members the patients whose
 * current consent names them; anyone else is refused.
 *
 * @param principal - The caller.
 * @param at - Now, ISO-8601 UTC (consent expiry).
 * @returns What to show, or null when the caller is neither a patient nor a family member.
 */
export function myPatientsAccess(principal: Principal, at: string): MyPatientsAccess | null {
  const ownRecord = holdsRole(principal, 'patient');
  const family = holdsRole(principal, 'family');
  if (!ownRecord && !family) {
    return null;
  }
  return {
    ownRecord,
    consentedPatients: family ? { kind: 'consented', familyUserId: principal.userId, at } : { kind: 'none' },
  };
}

/**
 * The role and facility an audit row names for a caller who was refused (or before any decision).
 *
 * @param principal - The caller.
 * @returns The first role grant, or nulls.
 */
export function primaryGrant(principal: Principal): { role: TRole | null; facilityId: string | null } {
  const first = principal.roles[0];
  return first === undefined ? { role: null, facilityId: null } : { role: first.role, facilityId: first.facilityId };
}
