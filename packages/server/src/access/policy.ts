import type { TRole } from '@kratom-care/contracts';
import type { ConsentCategory, PatientScope } from '@kratom-care/store';
import type { Principal } from '../auth/index.js';

/*
 * The one access policy (issue 3 §5, decision 0005). Every function here is data in, decision
 * out: routes load the facts (access/resolve-facts.ts), ask here, and answer 404 for every "no",
 * so a hidden record looks exactly like a missing one.
 */

/** The patient fields the policy looks at. */
export interface PatientRef {
  readonly id: string;
  readonly facilityId: string | null;
  readonly userId: string | null;
}

/** What the database knows about the caller and one patient, loaded before asking the policy. */
export interface PatientFacts {
  readonly onCareTeam: boolean;
  /** An unexpired break-glass grant of this caller for this patient. */
  readonly breakGlassActive: boolean;
  /** The consent that grants this caller (a family member) the requested category now, if any. */
  readonly grant: {
    readonly consentId: string;
    readonly categories: readonly ConsentCategory[];
    readonly purpose: string;
  } | null;
}

/** Why access was given; `breakGlass` marks emergency access for the audit row. */
export type Allowed = {
  readonly allowed: true;
  readonly role: TRole;
  readonly facilityId: string | null;
  readonly via: 'self' | 'care-team' | 'break-glass' | 'facility-role' | 'consent';
  readonly breakGlass: boolean;
  readonly consentId: string | null;
};
export type Decision = Allowed | { readonly allowed: false };

export const DENY: Decision = { allowed: false };

/**
 * @param principal - The caller.
 * @param role - A role.
 * @returns The facilities where the caller holds the role.
 */
export function facilitiesWithRole(principal: Principal, role: TRole): string[] {
  return principal.roles.flatMap((grant) =>
    grant.role === role && grant.facilityId !== null ? [grant.facilityId] : [],
  );
}

function holdsAt(principal: Principal, role: TRole, facilityId: string | null): boolean {
  return facilityId !== null && facilitiesWithRole(principal, role).includes(facilityId);
}

function allow(role: TRole, facilityId: string | null, via: Allowed['via'], extra: Partial<Allowed> = {}): Allowed {
  return { allowed: true, role, facilityId, via, breakGlass: false, consentId: null, ...extra };
}

function isSelf(principal: Principal, patient: PatientRef): boolean {
  return patient.userId !== null && patient.userId === principal.userId;
}

/** Clinical access: care team first, then a running break-glass grant at the patient's facility. */
function clinicianAccess(principal: Principal, patient: PatientRef, facts: PatientFacts): Decision {
  if (facts.onCareTeam && principal.roles.some((grant) => grant.role === 'clinician')) {
    return allow('clinician', patient.facilityId, 'care-team');
  }
  if (facts.breakGlassActive && holdsAt(principal, 'clinician', patient.facilityId)) {
    return allow('clinician', patient.facilityId, 'break-glass', { breakGlass: true });
  }
  return DENY;
}

/**
 * Demographics (`GET /api/patients/:id`): the patient, their clinicians (care team or
 * break-glass) and admissions staff of the patient's facility. Admins, privacy officers and
 * family members never read them here.
 *
 * @param principal - The caller.
 * @param patient - The patient.
 * @param facts - Care team, break-glass.
 * @returns The decision.
 */
export function canReadPatient(principal: Principal, patient: PatientRef, facts: PatientFacts): Decision {
  if (isSelf(principal, patient)) {
    return allow('patient', patient.facilityId, 'self');
  }
  const clinical = clinicianAccess(principal, patient, facts);
  if (clinical.allowed) {
    return clinical;
  }
  return holdsAt(principal, 'admissions', patient.facilityId)
    ? allow('admissions', patient.facilityId, 'facility-role')
    : DENY;
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
  const decision = canReadPatient(principal, patient, facts);
  return decision.allowed && decision.via !== 'self' ? decision : DENY;
}

/**
 * Reading clinical records of one category (assessments): clinicians with access, the patient,
 * and a family member whose current consent covers the category. Never admissions or admins.
 *
 * @param principal - The caller.
 * @param patient - The patient.
 * @param facts - Care team, break-glass and the consent grant for the category.
 * @returns The decision; a consent decision carries the consent id for the disclosure record.
 */
export function canReadClinical(principal: Principal, patient: PatientRef, facts: PatientFacts): Decision {
  if (isSelf(principal, patient)) {
    return allow('patient', patient.facilityId, 'self');
  }
  const clinical = clinicianAccess(principal, patient, facts);
  if (clinical.allowed) {
    return clinical;
  }
  if (facts.grant !== null && principal.roles.some((grant) => grant.role === 'family')) {
    return allow('family', null, 'consent', { consentId: facts.grant.consentId });
  }
  return DENY;
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
  return clinicianAccess(principal, patient, facts);
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
  const decision = clinicianAccess(principal, patient, facts);
  return decision.allowed && decision.via === 'care-team' ? decision : DENY;
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
  const invite = canInvitePatient(principal, patient, facts);
  if (invite.allowed) {
    return invite;
  }
  return holdsAt(principal, 'admin', patient.facilityId) ? allow('admin', patient.facilityId, 'facility-role') : DENY;
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
  return holdsAt(principal, 'clinician', patient.facilityId)
    ? allow('clinician', patient.facilityId, 'break-glass', { breakGlass: true })
    : DENY;
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
  const clinical = clinicianAccess(principal, patient, facts);
  if (clinical.allowed) {
    return clinical;
  }
  return holdsAt(principal, 'privacy-officer', patient.facilityId)
    ? allow('privacy-officer', patient.facilityId, 'facility-role')
    : DENY;
}

/**
 * Creating a patient: clinicians and admissions staff of that facility.
 *
 * @param principal - The caller.
 * @param facilityId - The facility the patient will belong to.
 * @returns The decision.
 */
export function canCreatePatient(principal: Principal, facilityId: string): Decision {
  if (holdsAt(principal, 'clinician', facilityId)) {
    return allow('clinician', facilityId, 'facility-role');
  }
  return holdsAt(principal, 'admissions', facilityId) ? allow('admissions', facilityId, 'facility-role') : DENY;
}

/**
 * Managing a facility and its users: an admin of that facility.
 *
 * @param principal - The caller.
 * @param facilityId - The facility.
 * @returns True when allowed.
 */
export function canAdminFacility(principal: Principal, facilityId: string): boolean {
  return holdsAt(principal, 'admin', facilityId);
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
 * The SQL scope of the patient list, the same rules as {@link canReadPatient}: own record, care
 * team, running break-glass grants, and every patient of facilities where the caller is admissions.
 *
 * @param principal - The caller.
 * @param at - Now, ISO-8601 UTC (break-glass expiry).
 * @returns The scope for the store's `patientVisibleTo`.
 */
export function patientListScope(principal: Principal, at: string): PatientScope {
  const scopes: PatientScope[] = [{ kind: 'self', userId: principal.userId }];
  if (principal.roles.some((grant) => grant.role === 'clinician')) {
    scopes.push(
      { kind: 'care-team', clinicianUserId: principal.userId },
      { kind: 'break-glass', userId: principal.userId, at },
    );
  }
  const admissions = facilitiesWithRole(principal, 'admissions');
  if (admissions.length > 0) {
    scopes.push({ kind: 'facilities', facilityIds: admissions });
  }
  return { kind: 'any-of', scopes };
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
