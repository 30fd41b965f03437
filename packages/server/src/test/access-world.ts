import {
  createScratchDatabase,
  dialectOf,
  insertInquiry,
  insertTestUser,
  sessionTokenDigest,
  type AppDatabase,
  type ScratchDatabase,
  type ScratchTarget,
} from '@kratom-care/store';
import { MEDICATIONS, RECORD_TYPES, storedRecordType, type AnyRecordType } from '@kratom-care/contracts';
import { FAMILY_CONSENT_CATEGORIES } from '../access-matrix/record-matrix.table.js';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { App } from '../app-types.js';
import { createApp } from '../app.js';
import type { AppConfig } from '../config.js';
import type { LogStream } from '../request-logging.js';
import { CSRF_HEADER, CSRF_HEADER_VALUE, createMemoryOutbox, type Clock } from '../auth/index.js';
import { signedCookieValue } from '../auth/session-cookie.js';
import { TEST_CONFIG } from './build-test-app.js';

/*
 * A small fictional network for the access tests, with fixed ids so the hand-written matrix can
 * name its objects. Disclosures and the audit log are append-only, so a test that changed the
 * world builds a new one rather than cleaning up.
 */

export const F1 = 'facility-riverbend';
export const F2 = 'facility-aspen';
export const PATIENT_A = 'patient-a-own';
export const PATIENT_B = 'patient-b-same-facility';
export const PATIENT_C = 'patient-c-other-facility';
export const CONSENT_A = 'consent-a-to-family';
export const CONSENT_A_REVOKED = 'consent-a-revoked';
/** Patient A's consent to share medications and labs with an outside provider (a hand-off summary). */
export const CONSENT_A_EXTERNAL = 'consent-a-external';
export const CONSENT_B = 'consent-b-external';
export const CONSENT_C = 'consent-c-external';
export const GRANT_F1 = 'break-glass-f1';
export const GRANT_F2 = 'break-glass-f2';
/** One programme of each facility (issue 11), at version 1. */
export const PROGRAMME_F1 = 'programme-riverbend-iop';
export const PROGRAMME_F2 = 'programme-aspen-iop';
/** Call-back requests routed to F1 and F2, both with the assessment scheduled (so each route can act on them). */
export const INQUIRY_F1 = 'inquiry-f1';
export const INQUIRY_F2 = 'inquiry-f2';
export const MISSING = 'no-such-record-0000';
/** When every seeded clinical record was recorded. */
export const SEEDED_RECORDED_AT = '2026-01-02T00:00:00.000Z';

/**
 * The seeded record of a record type for a patient: every registered type has one for A, B and C.
 *
 * @param typeName - The record type's registry name.
 * @param patientId - PATIENT_A, PATIENT_B or PATIENT_C.
 * @returns The record id.
 */
export function seededRecordId(typeName: string, patientId: string): string {
  return `record-${typeName}-${patientId}`;
}

/**
 * The parent request a nested type's example is recorded under, where the parent type's own example
 * will not do: a naltrexone override is refused under any order but a naltrexone one (decision 0036).
 * The order is stopped, so the seeded world's active medicines stay the one lofexidine order (the
 * medications example) that other tests read.
 */
const PARENT_EXAMPLES: Readonly<Record<string, object>> = {
  'naltrexone-overrides': { ...MEDICATIONS.example, drug: 'naltrexone', dose: 50, status: 'stopped' },
};

/**
 * The seeded parent record of a nested type's seeded record: the parent type's seeded record, or,
 * for a type with its own parent example, a parent seeded for that type alone.
 *
 * @param type - A nested record type.
 * @param patientId - PATIENT_A, PATIENT_B or PATIENT_C.
 * @returns The parent record's id.
 */
export function seededParentId(type: Pick<AnyRecordType, 'name' | 'parent'>, patientId: string): string {
  const parentType = type.parent?.type ?? '';
  return type.name in PARENT_EXAMPLES
    ? seededRecordId(`${parentType}-for-${type.name}`, patientId)
    : seededRecordId(parentType, patientId);
}

export const USERS = {
  patient: 'user-patient-a',
  'family-with-consent': 'user-family-consented',
  'family-without-consent': 'user-family-revoked',
  'clinician-on-care-team': 'user-clin-team',
  /** A second clinician on patient A's care team, who recorded none of the seeded records (decision 0035). */
  'clinician-colleague-on-care-team': 'user-clin-colleague',
  'clinician-same-facility-not-on-team': 'user-clin-same',
  'clinician-other-facility': 'user-clin-other',
  admissions: 'user-admissions',
  admin: 'user-admin',
  'privacy-officer': 'user-privacy',
} as const;
export type SignedInRole = keyof typeof USERS;

const STAFF: Record<string, { role: 'clinician' | 'admissions' | 'admin' | 'privacy-officer'; facility: string }> = {
  'user-clin-team': { role: 'clinician', facility: F1 },
  'user-clin-colleague': { role: 'clinician', facility: F1 },
  'user-clin-same': { role: 'clinician', facility: F1 },
  'user-clin-other': { role: 'clinician', facility: F2 },
  'user-admissions': { role: 'admissions', facility: F1 },
  'user-admin': { role: 'admin', facility: F1 },
  'user-privacy': { role: 'privacy-officer', facility: F1 },
};

const T_PAST = '2026-01-01T00:00:00.000Z';
/** Seeded history: the "not in the future" rules are for requests, so the seed does not depend on the clock. */
const SEED_NOW = new Date('2100-01-01T00:00:00.000Z');

/** A seeded clinical record at version 1, recorded by the care-team clinician at {@link SEEDED_RECORDED_AT}. */
function seededRow(id: string, patientId: string, type: string, body: string) {
  return {
    id,
    patient_id: patientId,
    type,
    body,
    version: 1,
    status: 'final' as const,
    recorded_at: SEEDED_RECORDED_AT,
    recorded_by: USERS['clinician-on-care-team'],
    created_at: T_PAST,
    updated_at: T_PAST,
    entered_in_error_reason: null,
    entered_in_error_by: null,
    entered_in_error_at: null,
  };
}

async function seed(db: AppDatabase, now: Date): Promise<void> {
  const sqlite = dialectOf(db) === 'sqlite';
  const at = now.toISOString();
  await db
    .insertInto('facility')
    .values([
      {
        id: F1,
        name: 'Riverbend Clinic',
        region: 'North',
        address: '1 Test Way',
        created_at: T_PAST,
        updated_at: T_PAST,
        version: 1,
      },
      {
        id: F2,
        name: 'Aspen House',
        region: 'South',
        address: '2 Test Way',
        created_at: T_PAST,
        updated_at: T_PAST,
        version: 1,
      },
    ])
    .execute();
  await db
    .insertInto('programme')
    .values(
      [
        [PROGRAMME_F1, F1],
        [PROGRAMME_F2, F2],
      ].map(([id = '', facilityId = '']) => ({
        id,
        facility_id: facilityId,
        name: 'Intensive outpatient',
        level_of_care: 'iop',
        medications: '[]',
        otp: 0,
        kratom_experience: 0,
        kratom_testing: 0,
        populations: '[]',
        services: '[]',
        payers: '[]',
        commercial_insurers: '[]',
        unmapped_codes: '[]',
        capacity_available: null,
        next_intake_date: null,
        last_verified_at: null,
        last_verified_by: null,
        created_at: T_PAST,
        updated_at: T_PAST,
        version: 1,
      })),
    )
    .execute();
  for (const [role, id] of Object.entries(USERS)) {
    await insertTestUser(db, { id, name: `Test ${role}`, email: `${id}@example.test` });
    const staff = STAFF[id];
    const companion = role.startsWith('family') ? 'family' : null;
    await db
      .updateTable('user')
      .set({ twoFactorEnabled: sqlite ? Number(staff !== undefined) : staff !== undefined, role: companion })
      .where('id', '=', id)
      .execute();
    if (staff !== undefined) {
      await db
        .insertInto('membership')
        .values({ id: `m-${id}`, user_id: id, facility_id: staff.facility, role: staff.role, created_at: T_PAST })
        .execute();
    }
    const expires = new Date(now.getTime() + 60 * 60 * 1000);
    await db
      .insertInto('session')
      .values({
        id: `s-${id}`,
        // Stored as the store stores every session token: its digest, never the token itself.
        token: sessionTokenDigest(`token-${id}`),
        userId: id,
        expiresAt: sqlite ? expires.toISOString() : expires,
        createdAt: sqlite ? at : now,
        updatedAt: sqlite ? at : now,
        ipAddress: null,
        userAgent: null,
        impersonatedBy: null,
      })
      .execute();
  }
  await db
    .insertInto('membership')
    .values({ id: 'm-patient-a', user_id: USERS.patient, facility_id: F1, role: 'patient', created_at: T_PAST })
    .execute();
  const patient = (id: string, facility: string, userId: string | null, family: string) => ({
    id,
    facility_id: facility,
    user_id: userId,
    given_name: 'Sample',
    family_name: family,
    birth_date: null,
    email: null,
    phone: null,
    created_by: USERS.admissions,
    created_at: T_PAST,
    updated_at: T_PAST,
    version: 1,
  });
  await db
    .insertInto('patient')
    .values([
      patient(PATIENT_A, F1, USERS.patient, 'Alder'),
      patient(PATIENT_B, F1, null, 'Birch'),
      patient(PATIENT_C, F2, null, 'Cedar'),
    ])
    .execute();
  await db
    .insertInto('care_team')
    .values(
      [USERS['clinician-on-care-team'], USERS['clinician-colleague-on-care-team']].map((clinician) => ({
        patient_id: PATIENT_A,
        clinician_user_id: clinician,
        added_by: USERS.admin,
        created_at: T_PAST,
      })),
    )
    .execute();
  const consent = (
    id: string,
    patientId: string,
    kind: 'family-user' | 'external-provider',
    user: string | null,
    categories: string,
    revoked: string | null,
  ) => ({
    id,
    consent_group_id: id,
    version: 1,
    patient_id: patientId,
    recipient_kind: kind,
    recipient_user_id: user,
    recipient_name: user === null ? 'Dr. Example Outside' : null,
    categories,
    purpose: 'Family support',
    expires_at: '2099-01-01T00:00:00.000Z',
    expiry_event: null,
    attestation: 'Sample Alder',
    created_by: USERS.patient,
    created_at: T_PAST,
    revoked_at: revoked,
    revoked_by: revoked === null ? null : USERS.patient,
    superseded_by: null,
  });
  await db
    .insertInto('consent')
    .values([
      consent(
        CONSENT_A,
        PATIENT_A,
        'family-user',
        USERS['family-with-consent'],
        JSON.stringify(FAMILY_CONSENT_CATEGORIES),
        null,
      ),
      consent(CONSENT_A_REVOKED, PATIENT_A, 'family-user', USERS['family-without-consent'], '["all"]', T_PAST),
      consent(CONSENT_A_EXTERNAL, PATIENT_A, 'external-provider', null, '["medications","labs"]', null),
      consent(CONSENT_B, PATIENT_B, 'external-provider', null, '["labs"]', null),
      consent(CONSENT_C, PATIENT_C, 'external-provider', null, '["labs"]', null),
    ])
    .execute();
  // One record of every registered type per patient, from the type's own example (version 1).
  for (const type of RECORD_TYPES) {
    // A nested type's record lives under the seeded record of its parent type, of the same patient
    // (or under its own parent, when the parent type's example will not do: PARENT_EXAMPLES).
    const parentType = RECORD_TYPES.find((candidate) => candidate.name === type.parent?.type);
    const parentExample = PARENT_EXAMPLES[type.name];
    const parentBody = parentType?.toBody(parentType.create.parse(parentExample ?? parentType.example), {
      now: SEED_NOW,
    });
    if (parentType !== undefined && parentExample !== undefined && parentBody?.ok === true) {
      // The type's own parent, seeded beside the parent type's seeded record.
      await db
        .insertInto('clinical_record')
        .values(
          [PATIENT_A, PATIENT_B, PATIENT_C].map((patientId) =>
            seededRow(seededParentId(type, patientId), patientId, parentType.name, JSON.stringify(parentBody.body)),
          ),
        )
        .execute();
    }
    const seeded = (patientId: string) => {
      const parentId = type.parent === undefined ? undefined : seededParentId(type, patientId);
      const checked = type.toBody(type.create.parse(type.example), {
        now: SEED_NOW,
        ...(parentBody?.ok === true && parentId !== undefined
          ? { parent: { id: parentId, body: parentBody.body } }
          : {}),
      });
      if (!checked.ok) {
        throw new Error(`The example of ${type.name} is not valid: ${JSON.stringify(checked.issues)}`);
      }
      return { type: storedRecordType(type, parentId), body: JSON.stringify(checked.body) };
    };
    await db
      .insertInto('clinical_record')
      .values(
        [PATIENT_A, PATIENT_B, PATIENT_C].map((patientId) => {
          const { type: storedType, body } = seeded(patientId);
          return seededRow(seededRecordId(type.name, patientId), patientId, storedType, body);
        }),
      )
      .execute();
  }
  // Expired grants, waiting for review: they give no access any more.
  const grant = (id: string, user: string, patientId: string, facility: string) => ({
    id,
    user_id: user,
    patient_id: patientId,
    facility_id: facility,
    reason: 'Seeded emergency for review',
    started_at: '2026-01-01T00:00:00.000Z',
    expires_at: '2026-01-01T01:00:00.000Z',
    reviewed_at: null,
    reviewed_by: null,
    review_note: null,
  });
  await db
    .insertInto('break_glass')
    .values([
      grant(GRANT_F1, USERS['clinician-same-facility-not-on-team'], PATIENT_B, F1),
      grant(GRANT_F2, USERS['clinician-other-facility'], PATIENT_C, F2),
    ])
    .execute();
  await seedInquiries(db);
}

async function seedInquiries(db: AppDatabase): Promise<void> {
  for (const [id, facilityId] of [
    [INQUIRY_F1, F1],
    [INQUIRY_F2, F2],
  ] as const) {
    await insertInquiry(db, {
      id,
      reference: id === INQUIRY_F1 ? 'KC-AAAA-0001' : 'KC-AAAA-0002',
      facilityId,
      name: 'Sample Caller',
      phone: '215-555-0101',
      email: null,
      bestTime: 'any',
      forWhom: 'self',
      zip: null,
      state: 'PA',
      payer: null,
      levelOfCare: 'iop',
      requestedFacilityId: facilityId,
      needs: [],
      routedToFamilyProgramme: false,
      routedBy: 'named-facility',
      selfCheckSummary: null,
      consentToContactAt: T_PAST,
      submittedAt: T_PAST,
      referredFromId: null,
    });
    // Worked up to the assessment without a version bump, so the matrix's If-Match "1" holds.
    await db
      .updateTable('inquiry')
      .set({ status: 'assessment-scheduled', first_contact_at: T_PAST })
      .where('id', '=', id)
      .execute();
  }
}

/** One API call of a test: the world adds who is calling. */
export interface WorldRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly url: string;
  /** The JSON body, if any. */
  readonly payload?: object;
  /** More headers (`idempotency-key`, `if-match`); they win over the ones the world adds. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** The seeded app and how to act as each role. */
export interface AccessWorld {
  readonly app: App;
  readonly scratch: ScratchDatabase;
  /** The `Cookie` header for a role, or undefined for anonymous. */
  cookie(role: SignedInRole | 'anonymous'): string | undefined;
  /**
   * Calls the API as a role the way the web UI does: with the role's session cookie (none for
   * anonymous) and the CSRF header, so a test meets the route's own checks rather than the CSRF guard.
   */
  request(role: SignedInRole | 'anonymous', request: WorldRequest): Promise<LightMyRequestResponse>;
  dispose(): Promise<void>;
}

function injectOptions(cookie: string | undefined, { method, url, payload, headers }: WorldRequest): InjectOptions {
  const all = {
    ...(cookie === undefined ? {} : { cookie }),
    [CSRF_HEADER]: CSRF_HEADER_VALUE,
    ...headers,
  };
  return payload === undefined ? { method, url, headers: all } : { method, url, headers: all, payload };
}

/**
 * Builds a migrated scratch database, the app on it, and the seeded network.
 *
 * @param target - SQLite or PostgreSQL.
 * @param clock - The app's clock; the real one by default.
 * @param config - The app's configuration; the in-process test config by default.
 * @param logStream - Where the app's log lines go (a test that reads them sets a level in `config`).
 * @returns The world.
 */
export async function createAccessWorld(
  target: ScratchTarget,
  clock: Clock = () => new Date(),
  config: AppConfig = TEST_CONFIG,
  logStream?: LogStream,
): Promise<AccessWorld> {
  const scratch = await createScratchDatabase(target);
  const app = await createApp({
    config,
    db: scratch.db,
    clock,
    mailer: createMemoryOutbox(),
    ...(logStream === undefined ? {} : { logStream }),
  });
  await app.ready();
  await scratch.db.transaction().execute((trx) => seed(trx, clock()));
  const cookie = (role: SignedInRole | 'anonymous'): string | undefined =>
    role === 'anonymous'
      ? undefined
      : `${app.identity.cookieName}=${signedCookieValue(`token-${USERS[role]}`, app.identity.secret)}`;
  return {
    app,
    scratch,
    cookie,
    request: (role, request) => app.inject(injectOptions(cookie(role), request)),
    dispose: async () => {
      await app.close();
      await scratch.dispose();
    },
  };
}
