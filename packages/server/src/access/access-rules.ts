import type { TRole } from '@kratom-care/contracts';
import type { AccessVia } from './decision.js';

/*
 * THE ACCESS RULES, written once as data (issue 7 §2). Two interpreters read them:
 * decide.ts turns a profile into a yes/no for one patient from the facts of the request, and
 * access-scope.ts turns the same profile into the SQL scope that lists and counts use. Nothing
 * else states who may see a patient. policy-scope-agreement.property.test.ts proves that the two
 * readings agree on generated worlds, on both databases.
 */

/** A fact about the caller and one patient, read from the database at the moment of the request. */
export type PatientFact =
  /** The patient record is linked to the caller's account. */
  | 'self'
  /** The caller is on the patient's care team. */
  | 'on-care-team'
  /** The caller holds a break-glass grant for the patient that has started and not yet expired. */
  | 'break-glass'
  /** A family consent naming the caller is in force and covers the requested category. */
  | 'consent';

/** A role the caller must hold now: anywhere, or at the facility the patient belongs to. */
export interface RoleHeld {
  readonly role: TRole;
  readonly at: 'anywhere' | 'patient-facility';
}

/**
 * One way to reach a patient; every condition it lists must hold. It names the role and the
 * route (`via`) that the decision and its audit row carry. A rule always says something about the
 * patient (a fact, or a role at the patient's facility), so no rule can admit every patient.
 */
export type AccessRule = { readonly via: AccessVia; readonly role: TRole } & (
  | { readonly fact: PatientFact; readonly holds?: RoleHeld }
  | { readonly fact?: undefined; readonly holds: RoleHeld & { readonly at: 'patient-facility' } }
);

/** The patient's own linked record. */
const SELF: AccessRule = { via: 'self', role: 'patient', fact: 'self' };

/** A clinician on the care team (the role may be held at any facility: teams cross facilities). */
const CARE_TEAM: AccessRule = {
  via: 'care-team',
  role: 'clinician',
  fact: 'on-care-team',
  holds: { role: 'clinician', at: 'anywhere' },
};

/**
 * A running break-glass grant, only while the caller is still a clinician of the patient's
 * facility: removing the membership ends the grant's effect on the next request.
 *
 * @see docs/decisions/0008-break-glass-scope.md
 */
const BREAK_GLASS: AccessRule = {
  via: 'break-glass',
  role: 'clinician',
  fact: 'break-glass',
  holds: { role: 'clinician', at: 'patient-facility' },
};

/** Opening a new break-glass grant: any clinician of the patient's facility (SECURITY.md AC-10). */
const OPEN_BREAK_GLASS: AccessRule = {
  via: 'break-glass',
  role: 'clinician',
  holds: { role: 'clinician', at: 'patient-facility' },
};

/** A family member with a consent in force for the category (42 CFR §2.31, SECURITY.md AC-08). */
const FAMILY_CONSENT: AccessRule = {
  via: 'consent',
  role: 'family',
  fact: 'consent',
  holds: { role: 'family', at: 'anywhere' },
};

function atPatientFacility(role: TRole): AccessRule {
  return { via: 'facility-role', role, holds: { role, at: 'patient-facility' } };
}

/**
 * What each permission allows, as an ordered list of rules: the first rule that holds names the
 * decision (so the patient reading their own record is audited as `self` even if they are staff).
 */
export const ACCESS_PROFILES = {
  /** Demographics: the patient, their clinicians, admissions staff of the facility. */
  readPatient: [SELF, CARE_TEAM, BREAK_GLASS, atPatientFacility('admissions')],
  /** Changing demographics: clinicians with access, admissions staff of the facility. */
  editPatient: [CARE_TEAM, BREAK_GLASS, atPatientFacility('admissions')],
  /** Clinical records of one category: the patient, their clinicians, consented family. */
  readClinical: [SELF, CARE_TEAM, BREAK_GLASS, FAMILY_CONSENT],
  /** Writing clinical records: clinicians with access only. */
  writeClinical: [CARE_TEAM, BREAK_GLASS],
  /**
   * Counselling notes: the care team, and a family member whose consent names `counselling-notes`
   * itself. Not the patient (through the portal) and not break-glass: see
   * docs/decisions/0025-plan-versions-and-notes.md (42 CFR §2.31, 2024 rule; SECURITY.md AC-09).
   */
  readCounselling: [CARE_TEAM, FAMILY_CONSENT],
  /** Writing counselling notes: the care team only. */
  writeCounselling: [CARE_TEAM],
  /** Inviting the patient to an account: the care team. */
  invitePatient: [CARE_TEAM],
  /** Changing the care team: the care team, an admin of the facility. */
  manageCareTeam: [CARE_TEAM, atPatientFacility('admin')],
  /** Opening a break-glass grant. */
  breakGlass: [OPEN_BREAK_GLASS],
  /** A patient's consents: clinicians with access, the facility's privacy officer. */
  readPatientConsents: [CARE_TEAM, BREAK_GLASS, atPatientFacility('privacy-officer')],
  /** `/api/me/*`: the caller's own record only. */
  ownRecord: [SELF],
} as const satisfies Record<string, readonly AccessRule[]>;

/** A permission over one patient's records. */
export type AccessProfile = keyof typeof ACCESS_PROFILES;

/** Every permission, for tests that must cover them all. */
export const ACCESS_PROFILE_NAMES = Object.keys(ACCESS_PROFILES) as readonly AccessProfile[];
