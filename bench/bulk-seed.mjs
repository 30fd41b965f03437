// What the bulk seeds of the scale benchmarks (scale-seed.mjs, dashboard-seed.mjs) share: writers
// that load rows in large batches through the raw drivers (better-sqlite3 prepared inserts in one
// transaction; PostgreSQL `insert … select * from unnest($1, $2, …)`, one array per column), the
// columns of the tables both fill, the facilities and the stored COWS body. Everything is
// fictional. See bench/README.md.

import { createRequire } from 'node:module';
import pg from 'pg';
import { COWS_C4_ANSWERS } from './harness.mjs';

const require = createRequire(import.meta.url);

const BATCH = 20_000;

/** Columns of `patient`, in the order the seeds' row generators yield them. */
export const PATIENT_COLUMNS = [
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
/** Columns of `care_team`, in the order the seeds' row generators yield them. */
export const CARE_TEAM_COLUMNS = ['patient_id', 'clinician_user_id', 'added_by', 'created_at'];
/** Columns of `clinical_record`, in the order the seeds' row generators yield them. */
export const RECORD_COLUMNS = [
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
/** PostgreSQL array types for unnest, by column (text unless named). */
const PG_TYPES = {
  version: 'integer',
  seq: 'bigint',
  break_glass: 'integer',
  // patient_monitoring (dashboard-seed.mjs)
  in_withdrawal: 'integer',
  latest_score_total: 'integer',
  attention: 'integer',
  // inquiry (admissions-seed.mjs)
  is_open: 'integer',
  routed_to_family_programme: 'integer',
  // facility and programme (finder-vs-bare.mjs)
  latitude: 'float8',
  longitude: 'float8',
  demo: 'integer',
  otp: 'integer',
  kratom_experience: 'integer',
  kratom_testing: 'integer',
  capacity_available: 'integer',
};

/** Bulk writer for a SQLite file. */
function sqliteWriter(file) {
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

/** Bulk writer for a PostgreSQL database. */
function postgresWriter(url) {
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
 * The bulk writer for a scratch database: `write(table, columns, rows)` then `finish()`.
 *
 * @param config - The scratch database's config (`{ kind: 'sqlite', file }` or `{ kind: 'postgres', url }`).
 * @returns The writer.
 */
export function bulkWriter(config) {
  return config.kind === 'sqlite' ? sqliteWriter(config.file) : postgresWriter(config.url);
}

/**
 * Creates the seeded network's facilities through the store (few rows, so no bulk load).
 *
 * @param store - The store module.
 * @param db - The store's Kysely handle (migrated).
 * @param count - How many facilities.
 * @param facilityId - The id of facility `index`.
 */
export async function seedFacilities(store, db, count, facilityId) {
  for (let index = 0; index < count; index += 1) {
    await store.createFacility(db, {
      id: facilityId(index),
      name: `Example Clinic ${index}`,
      region: 'Test Region',
      address: `${index} Example Road`,
    });
  }
}

/**
 * COWS vector C4 of REFERENCE §1, scored by the domain package and stored as the server stores it.
 *
 * @returns The `clinical_record.body` JSON text.
 */
export async function cowsC4Body() {
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
