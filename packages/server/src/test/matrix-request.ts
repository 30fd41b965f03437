import { randomUUID } from 'node:crypto';
import { RECORD_TYPES } from '@kratom-care/contracts';
import type { InjectOptions } from 'fastify';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../auth/index.js';
import {
  CONSENT_A,
  CONSENT_B,
  CONSENT_C,
  F1,
  F2,
  GRANT_F1,
  GRANT_F2,
  INQUIRY_F1,
  INQUIRY_F2,
  MISSING,
  PATIENT_A,
  PATIENT_B,
  PATIENT_C,
  PROGRAMME_F1,
  PROGRAMME_F2,
  USERS,
  seededParentId,
  seededRecordId,
  type AccessWorld,
} from './access-world.js';
import { recordPaths } from '../records/record-paths.js';
import type { MatrixEntry, MatrixRole, Scope } from '../access-matrix/access-matrix.table.js';

const PATIENTS: Record<Scope, string> = {
  own: PATIENT_A,
  'same-facility': PATIENT_B,
  'other-facility': PATIENT_C,
  nonexistent: MISSING,
  none: '',
};
const CONSENTS: Record<Scope, string> = {
  own: CONSENT_A,
  'same-facility': CONSENT_B,
  'other-facility': CONSENT_C,
  nonexistent: MISSING,
  none: '',
};
const FACILITIES: Partial<Record<Scope, string>> = { own: F1, 'other-facility': F2, nonexistent: MISSING };
const STAFF_USERS: Partial<Record<Scope, string>> = {
  own: USERS['clinician-same-facility-not-on-team'],
  'other-facility': USERS['clinician-other-facility'],
  nonexistent: MISSING,
};
const GRANTS: Partial<Record<Scope, string>> = { own: GRANT_F1, 'other-facility': GRANT_F2, nonexistent: MISSING };
/** A programme of the scope's facility (the facility admin's own is F1's). */
const PROGRAMMES: Partial<Record<Scope, string>> = {
  own: PROGRAMME_F1,
  'other-facility': PROGRAMME_F2,
  nonexistent: MISSING,
};
/** Query strings of GET routes that need one. */
const QUERIES: Record<string, string> = { 'GET /api/finder/facilities': '?zip=10001&radiusMiles=50' };
const INQUIRIES: Partial<Record<Scope, string>> = {
  own: INQUIRY_F1,
  'other-facility': INQUIRY_F2,
  nonexistent: MISSING,
};

function objectId(path: string, scope: Scope): string {
  if (path.startsWith('/api/me/consents')) {
    return CONSENTS[scope];
  }
  if (path.startsWith('/api/facilities') || path.startsWith('/api/finder/facilities')) {
    return FACILITIES[scope] ?? MISSING;
  }
  if (path.startsWith('/api/admin/users')) {
    return STAFF_USERS[scope] ?? MISSING;
  }
  if (path.startsWith('/api/audit/break-glass')) {
    return GRANTS[scope] ?? MISSING;
  }
  if (path.startsWith('/api/inquiries')) {
    return INQUIRIES[scope] ?? MISSING;
  }
  return PATIENTS[scope];
}

/** Valid bodies of every registered record type's writing routes, from the type's own example. */
const RECORD_BODIES: Record<string, unknown> = Object.fromEntries(
  RECORD_TYPES.flatMap((type) => {
    const paths = recordPaths(type);
    return [
      [`POST ${paths.collection}`, type.example],
      [`PUT ${paths.item}`, type.example],
      [`POST ${paths.enteredInError}`, { reason: 'Entered for the wrong patient' }],
    ];
  }),
);

const BODIES: Record<string, unknown> = {
  ...RECORD_BODIES,
  'POST /api/patients': { facilityId: F1, givenName: 'Sample', familyName: 'Newcomer' },
  'PATCH /api/patients/:id': { givenName: 'Changed' },
  'POST /api/patients/:id/break-glass': { reason: 'Unconscious in the waiting room, need history' },
  'POST /api/me/consents': {
    recipientKind: 'treating-providers',
    categories: ['all'],
    purpose: 'Treatment',
    expiresAt: '2099-01-01T00:00:00.000Z',
    attestation: 'Sample Alder',
  },
  'POST /api/patients/:id/summary/disclosures': { recipient: 'Dr. Example Outside', purpose: 'Referral' },
  'POST /api/patients/:id/care-intensity': {
    action: 'override',
    level: 'M',
    rationale: 'Daily use for two years; wants medication treatment',
    suggestedLevel: null,
  },
  'POST /api/patients/:id/plan': {
    problems: [{ text: 'Kratom use disorder, moderate', patientFacing: true }],
    goals: [
      { text: 'Stop kratom', measure: 'No use reported for 4 weeks', targetDate: '2099-01-31', patientFacing: true },
    ],
    interventions: [{ kind: 'cbt', patientFacing: true }],
    responsibleUserIds: [USERS['clinician-on-care-team']],
    reviewDate: '2099-01-31',
  },
  'POST /api/facilities': { name: 'New Test Facility', region: 'East' },
  'POST /api/facilities/:id/programmes': { name: 'Residential (fictional)', levelOfCare: 'residential' },
  'PATCH /api/facilities/:id/programmes/:programmeId': { capacityAvailable: 2, verified: true },
  'PATCH /api/facilities/:id': { name: 'Riverbend Renamed' },
  'POST /api/facilities/import': {
    format: 'json',
    content: JSON.stringify([
      {
        externalKey: 'matrix-1',
        name: 'Example Matrix House (fictional)',
        street1: '1 Example Road',
        city: 'Philadelphia',
        state: 'PA',
        zip: '19107',
        phone: '215-555-0199',
        programmes: [{ name: 'Outpatient', levelOfCare: 'outpatient' }],
      },
    ]),
  },
  'POST /api/admin/users': { email: `invitee@example.test`, name: 'Invited Person', role: 'clinician', facilityId: F1 },
  'PATCH /api/admin/users/:id': { roles: [{ role: 'clinician', facilityId: F1 }] },
  'POST /api/audit/break-glass/:id/review': { note: 'Reviewed: justified emergency.' },
  'POST /api/inquiries': {
    name: 'Sample Caller',
    phone: '215-555-0102',
    bestTime: 'evening',
    forWhom: 'loved-one',
    state: 'PA',
    needs: ['family-support'],
    consentToContact: true,
    website: '',
    elapsedMs: 45_000,
  },
  'PATCH /api/inquiries/:id': { status: 'closed', closeReason: 'Chose a programme nearer home' },
  'POST /api/inquiries/:id/activities': { kind: 'call', text: 'Called back; left a message' },
  'POST /api/inquiries/:id/convert': {},
  'POST /api/inquiries/:id/referrals': {
    toName: 'Elsewhere Outpatient (fictional)',
    summary: 'Wants evening IOP closer to work',
    consentConfirmed: true,
  },
};

/** Writes whose first use names no version: the seeded patients have no plan yet (decision 0025). */
const FIRST_WRITES: ReadonlySet<string> = new Set(['POST /api/patients/:id/plan']);

/**
 * Builds the request for one matrix cell: the route's path with the scope's object, a valid body,
 * the CSRF header, a fresh Idempotency-Key and the seeded version in If-Match.
 *
 * @param world - The seeded app.
 * @param entry - The route.
 * @param role - Who calls.
 * @param scope - Which object.
 * @returns Options for `app.inject`.
 */
export function matrixRequest(world: AccessWorld, entry: MatrixEntry, role: MatrixRole, scope: Scope): InjectOptions {
  const patientOrObject = objectId(entry.path, scope);
  // A record route names the seeded record of the scope's patient (and a missing one for a missing patient).
  // A nested type's routes name the seeded parent record of that patient too.
  const recordType = RECORD_TYPES.find((type) => Object.values(recordPaths(type)).includes(entry.path));
  const parent = recordType?.parent;
  const url = `${entry.path}${QUERIES[`${entry.method} ${entry.path}`] ?? ''}`
    .replace(':programmeId', PROGRAMMES[scope] ?? MISSING)
    .replace(
      ':recordId',
      recordType === undefined ? MISSING : seededRecordId(recordType.name, PATIENTS[scope] || MISSING),
    )
    .replace(
      `:${parent?.param ?? 'no-parent'}`,
      recordType?.parent === undefined ? '' : seededParentId(recordType, PATIENTS[scope] || MISSING),
    )
    .replace(':id', patientOrObject)
    .replace(
      ':userId',
      entry.method === 'PUT' ? USERS['clinician-same-facility-not-on-team'] : USERS['clinician-on-care-team'],
    );
  const cookie = world.cookie(role);
  const headers: Record<string, string> = {
    [CSRF_HEADER]: CSRF_HEADER_VALUE,
    'idempotency-key': `matrix-${randomUUID()}`,
    ...(FIRST_WRITES.has(`${entry.method} ${entry.path}`) ? {} : { 'if-match': '"1"' }),
  };
  if (cookie !== undefined) {
    headers.cookie = cookie;
  }
  const body = BODIES[`${entry.method} ${entry.path}`];
  return body === undefined
    ? { method: entry.method, url, headers }
    : { method: entry.method, url, headers, payload: body as Record<string, unknown> };
}
