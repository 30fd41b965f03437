import {
  CONSENT_CATEGORIES,
  MEMBERSHIP_ROLES,
  RECIPIENT_KINDS,
  type ConsentCategory,
  type Executor,
  type MembershipRole,
  type RecipientKind,
} from '@kratom-care/store';
import fc from 'fast-check';
import type { Principal, RoleGrant } from '../auth/index.js';

/*
 * Small generated worlds for the policy/scope agreement test: at most 4 users, 4 patients and 2
 * facilities, with memberships (some removed since), companion roles, care teams, consents and
 * break-glass grants on a half-hour grid of times, so that "now" often falls exactly on a start,
 * an expiry or a signing. Every value is fictional.
 */

export const WORLD_FACILITIES = ['agree-facility-north', 'agree-facility-south'] as const;
/** Users and patients per world. */
export const WORLD_USER_COUNT = 4;
const WORLD_PATIENT_COUNT = 4;

/**
 * Worlds checked at the same time each get a slot with their own users and patients, so their
 * transactions never touch the same rows (a patient's user account is unique).
 *
 * @param slot - The slot, 0 up.
 * @returns The ids of the slot's users.
 */
export function slotUsers(slot: number): string[] {
  return Array.from({ length: WORLD_USER_COUNT }, (_, index) => `agree-s${slot}-user-${index}`);
}

const GRID_START = Date.parse('2026-11-28T12:00:00.000Z');
const HALF_HOUR = 30 * 60 * 1000;
const gridTime = (step: number): string => new Date(GRID_START + step * HALF_HOUR).toISOString();
const arbStep = fc.integer({ min: 0, max: 6 });
const arbUser = fc.integer({ min: 0, max: WORLD_USER_COUNT - 1 });
const arbFacility = fc.integer({ min: 0, max: WORLD_FACILITIES.length - 1 });

interface Membership {
  readonly user: number;
  readonly facility: number;
  readonly role: MembershipRole;
  /** Removed after the world's grants were issued: no longer in the caller's roles. */
  readonly removed: boolean;
}

interface WorldPatient {
  readonly facility: number | null;
  readonly user: number | null;
}

interface WorldConsent {
  readonly patient: number;
  readonly kind: RecipientKind;
  readonly user: number | null;
  readonly categories: readonly ConsentCategory[];
  readonly signedStep: number;
  readonly expiresStep: number | null;
  readonly revoked: boolean;
  readonly superseded: boolean;
}

interface WorldGrant {
  readonly user: number;
  readonly patient: number;
  readonly facility: number;
  readonly startStep: number;
  readonly lengthSteps: number;
}

/** One generated world and the moment it is looked at. */
export interface AccessWorld {
  readonly memberships: readonly Membership[];
  readonly companions: readonly (MembershipRole | null)[];
  readonly patients: readonly WorldPatient[];
  readonly careTeam: readonly { readonly patient: number; readonly user: number }[];
  readonly consents: readonly WorldConsent[];
  readonly grants: readonly WorldGrant[];
  readonly nowStep: number;
}

// Clinicians are the interesting case (care team, break-glass), so they come up most often.
const arbRole = fc.oneof(
  { arbitrary: fc.constant<MembershipRole>('clinician'), weight: 3 },
  { arbitrary: fc.constantFrom(...MEMBERSHIP_ROLES), weight: 3 },
);

const arbPatient: fc.Arbitrary<WorldPatient> = fc.record({
  facility: fc.option(arbFacility, { freq: 5 }),
  user: fc.option(arbUser, { freq: 2 }),
});

/** Worlds of at most 4 users, 4 patients and 2 facilities. */
export const arbAccessWorld: fc.Arbitrary<AccessWorld> = fc
  .array(arbPatient, { minLength: 1, maxLength: WORLD_PATIENT_COUNT })
  .chain((patients) => {
    const arbPatientIndex = fc.integer({ min: 0, max: patients.length - 1 });
    return fc.record({
      memberships: fc.array(fc.record({ user: arbUser, facility: arbFacility, role: arbRole, removed: fc.boolean() }), {
        maxLength: 6,
      }),
      companions: fc.array(fc.constantFrom<MembershipRole | null>(null, null, 'patient', 'family'), {
        minLength: WORLD_USER_COUNT,
        maxLength: WORLD_USER_COUNT,
      }),
      // A linked user account belongs to one patient record at most (unique in the schema).
      patients: fc.constant(
        patients.map((patient, index) =>
          patients.findIndex((other) => other.user !== null && other.user === patient.user) === index
            ? patient
            : { ...patient, user: null },
        ),
      ),
      careTeam: fc.uniqueArray(fc.record({ patient: arbPatientIndex, user: arbUser }), {
        maxLength: 5,
        selector: (entry) => `${entry.patient}/${entry.user}`,
      }),
      consents: fc.array(
        fc.record({
          patient: arbPatientIndex,
          kind: fc.constantFrom(...RECIPIENT_KINDS, 'family-user'),
          user: fc.option(arbUser, { freq: 4 }),
          categories: fc.subarray([...CONSENT_CATEGORIES], { minLength: 1 }),
          signedStep: arbStep,
          expiresStep: fc.option(arbStep, { freq: 3 }),
          revoked: fc.boolean(),
          superseded: fc.boolean(),
        }),
        { maxLength: 4 },
      ),
      grants: fc.array(
        fc.record({
          user: arbUser,
          patient: arbPatientIndex,
          facility: arbFacility,
          startStep: arbStep,
          lengthSteps: fc.integer({ min: 0, max: 3 }),
        }),
        { maxLength: 3 },
      ),
      nowStep: arbStep,
    });
  });

/** The moment the world is looked at, ISO-8601 UTC. */
export function worldNow(world: AccessWorld): string {
  return gridTime(world.nowStep);
}

/**
 * @param world - The world.
 * @param slot - Its slot.
 * @returns The world's patient ids, in order.
 */
export function worldPatientIds(world: AccessWorld, slot: number): string[] {
  return world.patients.map((_, index) => `agree-s${slot}-patient-${index}`);
}

/**
 * The principal the session resolver would build for a user: one role per membership still held,
 * plus the companion role kept on the user row.
 *
 * @param world - The world.
 * @param slot - Its slot.
 * @param user - The user's index.
 * @returns The principal.
 */
export function worldPrincipal(world: AccessWorld, slot: number, user: number): Principal {
  const roles: RoleGrant[] = world.memberships
    .filter((membership) => membership.user === user && !membership.removed)
    .map((membership) => ({ role: membership.role, facilityId: WORLD_FACILITIES[membership.facility] ?? null }));
  const companion = world.companions[user] ?? null;
  if (companion !== null) {
    roles.push({ role: companion, facilityId: null });
  }
  return {
    userId: slotUsers(slot)[user] ?? '',
    email: `agree-user-${user}@example.test`,
    name: 'Agreement Testperson',
    roles,
    isStaff: true,
    sessionId: 'agreement-session',
    secondFactorVerified: true,
    sessionExpiresAt: new Date(GRID_START + 24 * HALF_HOUR),
  };
}

const facilityId = (index: number): string => WORLD_FACILITIES[index] ?? '';

/**
 * Writes a world's patients, care teams, consents and grants (users and facilities exist already).
 *
 * @param executor - A transaction the caller rolls back afterwards.
 * @param world - The world.
 * @param slot - Its slot: which users and patient ids it uses.
 */
export async function insertWorld(executor: Executor, world: AccessWorld, slot: number): Promise<void> {
  const users = slotUsers(slot);
  const userId = (index: number): string => users[index] ?? '';
  const patientIds = worldPatientIds(world, slot);
  const prefix = `agree-s${slot}`;
  const created = gridTime(0);
  await executor
    .insertInto('patient')
    .values(
      world.patients.map((patient, index) => ({
        id: patientIds[index] ?? '',
        facility_id: patient.facility === null ? null : facilityId(patient.facility),
        user_id: patient.user === null ? null : userId(patient.user),
        given_name: 'Agreement',
        family_name: `Testpatient ${index}`,
        birth_date: null,
        email: null,
        phone: null,
        created_by: userId(0),
        created_at: created,
        updated_at: created,
      })),
    )
    .execute();
  if (world.careTeam.length > 0) {
    await executor
      .insertInto('care_team')
      .values(
        world.careTeam.map((entry) => ({
          patient_id: patientIds[entry.patient] ?? '',
          clinician_user_id: userId(entry.user),
          added_by: userId(0),
          created_at: created,
        })),
      )
      .execute();
  }
  if (world.consents.length > 0) {
    await executor
      .insertInto('consent')
      .values(world.consents.map(consentRow(prefix, patientIds, userId)))
      .execute();
  }
  if (world.grants.length > 0) {
    await executor
      .insertInto('break_glass')
      .values(
        world.grants.map((grant, index) => ({
          id: `${prefix}-grant-${index}`,
          user_id: userId(grant.user),
          patient_id: patientIds[grant.patient] ?? '',
          facility_id: facilityId(grant.facility),
          reason: 'Fictional emergency for the agreement test',
          started_at: gridTime(grant.startStep),
          expires_at: gridTime(grant.startStep + grant.lengthSteps),
        })),
      )
      .execute();
  }
}

function consentRow(prefix: string, patientIds: readonly string[], userId: (index: number) => string) {
  return (consent: WorldConsent, index: number) => {
    const id = `${prefix}-consent-${index}`;
    // The schema demands a named user for a family consent and a name for an external provider.
    const user = consent.kind === 'family-user' ? (consent.user ?? 0) : consent.user;
    return {
      id,
      consent_group_id: id,
      version: 1,
      patient_id: patientIds[consent.patient] ?? '',
      recipient_kind: consent.kind,
      recipient_user_id: user === null ? null : userId(user),
      recipient_name: consent.kind === 'external-provider' ? 'Fictional Outside Clinic' : null,
      categories: JSON.stringify(consent.categories),
      purpose: 'family support',
      expires_at: consent.expiresStep === null ? null : gridTime(consent.expiresStep),
      expiry_event: consent.expiresStep === null ? 'end of treatment' : null,
      attestation: 'Signed by the fictional patient',
      created_by: userId(0),
      created_at: gridTime(consent.signedStep),
      revoked_at: consent.revoked ? gridTime(consent.signedStep) : null,
      revoked_by: consent.revoked ? userId(0) : null,
      superseded_by: consent.superseded ? `${id}-newer` : null,
    };
  };
}
