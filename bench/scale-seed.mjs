// Bulk seeding for bench/scale.mjs: patients, care teams, assessments and a valid audit chain,
// written in large batches through the raw drivers (better-sqlite3 prepared inserts in one
// transaction; PostgreSQL `insert … select * from unnest($1, $2, …)`, one array per column).
// Everything is fictional. See bench/README.md.

import { Buffer } from 'node:buffer';
import { createRequire } from 'node:module';
import pg from 'pg';
import { STORE, seedStaff } from './app-process.mjs';
import { COWS_C4_ANSWERS } from './harness.mjs';

const require = createRequire(import.meta.url);

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
const BATCH = 20_000;

export const TARGET_PATIENT = 'p-0';
export const CLINICIAN = { id: 'clin-bench', name: 'Bench Clinician', email: 'bench-clinician@example.test' };
export const OFFICER = { id: 'po-bench', name: 'Bench Officer', email: 'bench-officer@example.test' };
export const SEARCHED_ACTOR = 'clin-10';
export const facilityId = (index) => `fac-${index % FACILITIES}`;
const actorId = (index) => `clin-${index}`;

/** COWS vector C4 of REFERENCE §1, scored by the domain package as the server stores it. */
async function assessmentBody() {
  const { INSTRUMENTS } = await import('../packages/domain/dist/index.js');
  const answers = COWS_C4_ANSWERS;
  const result = INSTRUMENTS.cows.score(answers, {});
  return JSON.stringify({
    instrumentId: 'cows',
    instrumentVersion: result.version,
    answers,
    total: result.total,
    bandId: result.band?.id ?? null,
    flags: [...result.flags],
  });
}

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

const PATIENT_COLUMNS = [
  'id',
  'facility_id',
  'given_name',
  'family_name',
  'birth_date',
  'created_by',
  'created_at',
  'updated_at',
  'version',
];
const CARE_TEAM_COLUMNS = ['patient_id', 'clinician_user_id', 'added_by', 'created_at'];
const RECORD_COLUMNS = [
  'id',
  'patient_id',
  'type',
  // The instrument, indexed since migration 0009, as the record platform writes it.
  'subtype',
  'version',
  'status',
  'recorded_at',
  'recorded_by',
  'body',
  'created_at',
  'updated_at',
];
const AUDIT_COLUMNS = [
  'seq',
  'id',
  'at',
  'actor_user_id',
  'actor_role',
  'actor_facility_id',
  'action',
  'patient_id',
  'resource_type',
  'resource_id',
  'outcome',
  'break_glass',
  'reason',
  'request_id',
  'client_ip',
  'prev_hash',
  'hash',
];
/** PostgreSQL array types for unnest, by column (text unless named). */
const PG_TYPES = {
  version: 'integer',
  seq: 'bigint',
  break_glass: 'integer',
  // patient_monitoring (dashboard-seed.mjs)
  in_withdrawal: 'integer',
  latest_score_total: 'integer',
  attention: 'integer',
};

/** Bulk writer for a SQLite file (also used by dashboard-seed.mjs). */
export function sqliteWriter(file) {
  const Database = require('better-sqlite3');
  const raw = new Database(file);
  // Seeding only: the server reopens the file with its own settings (WAL, synchronous=FULL).
  raw.pragma('synchronous = OFF');
  return {
    async write(table, columns, rows) {
      const insert = raw.prepare(
        `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`,
      );
      const batch = raw.transaction((chunk) => {
        for (const row of chunk) {
          insert.run(row);
        }
      });
      for (const chunk of chunks(rows)) {
        batch(chunk);
      }
    },
    async finish() {
      raw.pragma('wal_checkpoint(TRUNCATE)');
      raw.close();
    },
  };
}

/** Bulk writer for a PostgreSQL database (also used by dashboard-seed.mjs). */
export function postgresWriter(url) {
  const client = new pg.Client({ connectionString: url });
  const connected = client.connect();
  return {
    async write(table, columns, rows) {
      await connected;
      const list = columns.map((c) => `"${c}"`).join(', ');
      const arrays = columns.map((c, i) => `$${i + 1}::${PG_TYPES[c] ?? 'text'}[]`).join(', ');
      const statement = `insert into "${table}" (${list}) select * from unnest(${arrays})`;
      for (const chunk of chunks(rows)) {
        await client.query(
          statement,
          columns.map((_, i) => chunk.map((row) => row[i])),
        );
      }
    },
    async finish() {
      await connected;
      // As autovacuum would after a bulk load: the planner needs statistics on the new rows.
      await client.query('analyze');
      await client.end();
    },
  };
}

function* chunks(rows) {
  let chunk = [];
  for (const row of rows) {
    chunk.push(row);
    if (chunk.length === BATCH) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) {
    yield chunk;
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
  const key = auditKeyFrom(Buffer.from(secrets.AUDIT_KEY, 'base64'));
  const db = store.createDatabase(scratch.config);
  try {
    await store.migrateToLatest(db);
    for (let index = 0; index < FACILITIES; index += 1) {
      await store.createFacility(db, {
        id: facilityId(index),
        name: `Example Clinic ${index}`,
        region: 'Test Region',
        address: `${index} Example Road`,
      });
    }
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
  const writer =
    scratch.config.kind === 'sqlite' ? sqliteWriter(scratch.config.file) : postgresWriter(scratch.config.url);
  const now = new Date().toISOString();
  const auditEnd = Date.now() - 60 * 60 * 1000;
  await writer.write('patient', PATIENT_COLUMNS, patients(size, now));
  await writer.write('care_team', CARE_TEAM_COLUMNS, careTeams(size, now));
  await writer.write('clinical_record', RECORD_COLUMNS, records(size, await assessmentBody(), auditEnd));
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
