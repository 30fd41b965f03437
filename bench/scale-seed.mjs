// Bulk seeding for bench/scale.mjs: patients, care teams, assessments and a valid audit chain,
// written in large batches through the raw drivers (bulk-seed.mjs's writers).
// Everything is fictional. See bench/README.md.

import { Buffer } from 'node:buffer';
import { STORE, seedStaff } from './app-process.mjs';
import {
  CARE_TEAM_COLUMNS,
  PATIENT_COLUMNS,
  RECORD_COLUMNS,
  bulkWriter,
  cowsC4Body,
  seedFacilities,
} from './bulk-seed.mjs';

/** Facilities in every seeded network; patients, staff and audit actors are spread over them. */
export const FACILITIES = 10;
/** Patients on the benchmark clinician's care team, at every size: a caseload does not grow with the network. */
export const CASELOAD = 1000;
/** Assessments of the patient whose list is measured, at every size. */
export const TARGET_ASSESSMENTS = 200;
/** Clinicians who act in the audit log (the person searched for is one of them). */
export const ACTORS = 50;
/** Seconds between audit rows: the log grows in time at a steady rate (about 2,700 rows a day). */
const AUDIT_SPACING_SECONDS = 32;

export const TARGET_PATIENT = 'p-0';
export const CLINICIAN = { id: 'clin-bench', name: 'Bench Clinician', email: 'bench-clinician@example.test' };
export const OFFICER = { id: 'po-bench', name: 'Bench Officer', email: 'bench-officer@example.test' };
export const SEARCHED_ACTOR = 'clin-10';
export const facilityId = (index) => `fac-${index % FACILITIES}`;
const actorId = (index) => `clin-${index}`;

/** A fictional family name per patient: "Sample" and a base-26 tag. */
function familyName(index) {
  let tag = '';
  let rest = index;
  do {
    tag = String.fromCharCode(97 + (rest % 26)) + tag;
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return `Sample-${tag}`;
}

const GIVEN = ['Ava', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay', 'Gus', 'Hana', 'Ivo', 'Jun'];

/** A deterministic spread of `index` over `0..modulus-1` that does not follow insertion order. */
const scatter = (index, modulus) => Number((BigInt(index) * 2654435761n) % BigInt(modulus));

function* patients(size, now) {
  for (let i = 0; i < size; i += 1) {
    yield [
      `p-${i}`,
      facilityId(i),
      GIVEN[i % GIVEN.length],
      familyName(scatter(i, size)),
      '1980-01-01',
      'clin-bench',
      now,
      now,
      1,
    ];
  }
}

function* careTeams(size, now) {
  for (let i = 0; i < size; i += 1) {
    // Every patient has one other clinician; the first CASELOAD are also on the bench clinician's list.
    yield [`p-${i}`, actorId(1 + (i % (ACTORS - 1))), 'clin-bench', now];
    if (i < CASELOAD) {
      yield [`p-${i}`, 'clin-bench', 'clin-bench', now];
    }
  }
}

function* records(size, body, end) {
  for (let i = 0; i < size; i += 1) {
    const patient = i < TARGET_ASSESSMENTS ? TARGET_PATIENT : `p-${1 + scatter(i, size - 1)}`;
    const at = new Date(end - i * 60_000).toISOString();
    yield [`r-${i}`, patient, 'assessments', 'cows', 1, 'final', at, 'clin-bench', body, at, at];
  }
}

/** Audit rows `1..size` with their chain, ending an hour before now. */
function* auditRows(size, end, key, hash) {
  let prev = '0'.repeat(64);
  for (let seq = 1; seq <= size; seq += 1) {
    const actor = seq % ACTORS;
    const content = {
      seq,
      id: `a-${seq}`,
      at: new Date(end - (size - seq) * AUDIT_SPACING_SECONDS * 1000).toISOString(),
      actor_user_id: actorId(actor),
      actor_role: 'clinician',
      actor_facility_id: facilityId(actor),
      action: 'patient.read',
      patient_id: `p-${scatter(seq, size)}`,
      resource_type: 'patient',
      resource_id: null,
      outcome: 'allowed',
      break_glass: 0,
      reason: null,
      request_id: `req-${seq}`,
      client_ip: '127.0.0.1',
    };
    const rowHash = hash(key, prev, content);
    yield [...Object.values(content), prev, rowHash];
    prev = rowHash;
  }
}

/**
 * Migrates a scratch database and fills it: facilities, the bench clinician and privacy officer
 * (no sessions yet), the audit actors, then `size` patients, `size` assessments and `size` audit rows.
 *
 * @param scratch - From scratchDatabase().
 * @param size - Rows per big table.
 * @param secrets - The server's AUTH_SECRET and AUDIT_KEY.
 * @returns `{ auditEnd }`: the time of the newest seeded audit row (ms).
 */
export async function seedScale(scratch, size, secrets) {
  const store = await import(STORE);
  const { auditKeyFrom, auditRowHash } = await import('../packages/store/dist/audit/audit-hash.js');
  // The order the app's own batches bind; auditRows yields each row's values in it.
  const { AUDIT_COLUMNS } = await import('../packages/store/dist/audit/audit-sink.js');
  const key = auditKeyFrom(Buffer.from(secrets.AUDIT_KEY, 'base64'));
  const db = store.createDatabase(scratch.config);
  try {
    await store.migrateToLatest(db);
    await seedFacilities(store, db, FACILITIES, facilityId);
    for (let index = 1; index < ACTORS; index += 1) {
      await store.insertTestUser(db, {
        id: actorId(index),
        name: `Test Clinician ${index}`,
        email: `clinician-${index}@example.test`,
      });
      await store.addMembership(db, { userId: actorId(index), facilityId: facilityId(index), role: 'clinician' });
    }
    await seedStaff(db, { ...CLINICIAN, roles: [{ role: 'clinician', facilityId: facilityId(0) }] });
    await seedStaff(db, { ...OFFICER, roles: [{ role: 'privacy-officer', facilityId: facilityId(0) }] });
  } finally {
    await db.destroy();
  }
  const writer = bulkWriter(scratch.config);
  const now = new Date().toISOString();
  const auditEnd = Date.now() - 60 * 60 * 1000;
  await writer.write('patient', PATIENT_COLUMNS, patients(size, now));
  await writer.write('care_team', CARE_TEAM_COLUMNS, careTeams(size, now));
  await writer.write('clinical_record', RECORD_COLUMNS, records(size, await cowsC4Body(), auditEnd));
  await writer.write('audit_event', AUDIT_COLUMNS, auditRows(size, auditEnd, key, auditRowHash));
  // These lists do not read the monitoring summaries (decision 0024): marked done, so the server's
  // start-up backfill does not compute 10^6 of them while the lists are measured.
  const { BACKFILL_KEY, backfillMark } = await import('../packages/server/dist/monitoring/monitoring-backfill.js');
  const { DEFAULT_MONITORING_SETTINGS } = await import('../packages/domain/dist/index.js');
  const mark = backfillMark(DEFAULT_MONITORING_SETTINGS);
  await writer.write('app_meta', ['key', 'value', 'updated_at'], [[BACKFILL_KEY, mark, now]]);
  await writer.finish();
  return { auditEnd };
}
