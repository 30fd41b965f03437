// Crash safety you can rerun (issue 8 §6). A writer creates patients and assessments through the
// built server with an Idempotency-Key each; the server is killed with SIGKILL at random moments
// (at least 30 times per database) and restarted; every request without an answer is sent again
// with the same key. Afterwards: every acknowledged write is present exactly once, nothing sent is
// stored twice, PRAGMA integrity_check (SQLite) or amcheck (PostgreSQL, when permitted) is clean,
// and `kratom-care audit verify` passes. Exits 1 on any lost or duplicated write or failed check.
// See bench/README.md.
//
// Usage: npm run build && node bench/crash-kill9.mjs [--postgres URL] [--cycles 30] [--seed N]
/* global fetch -- Node 20 has it; the shared .mjs globals list predates it */

import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import {
  STORE,
  benchSecrets,
  openSession,
  postgresUrl,
  scratchDatabase,
  seedStaff,
  sleep,
  startAppProcess,
  stopAppProcess,
} from './app-process.mjs';
import { COWS_C4_ANSWERS } from './harness.mjs';

const require = createRequire(import.meta.url);
const CLI = fileURLToPath(new URL('../packages/server/dist/cli/main.js', import.meta.url));
const FACILITY = 'fac-crash';
/** Requests in flight at once, so kills land inside transactions, not only between them. */
const CONCURRENCY = 4;
/** The server lives this long (ms, uniform) after answering its health check, then gets SIGKILL. */
const LIFETIME = { min: 30, max: 700 };

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : process.argv[index + 1];
}

const CYCLES = Number(option('--cycles', '30'));
const SEED = Number(option('--seed', String(Date.now() % 1_000_000)));

/** mulberry32: a small seeded generator, so a run with the same --seed kills at the same moments. */
function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The writer's book: every operation with its key, and whether the server acknowledged it. */
class Writer {
  constructor(random) {
    this.random = random;
    this.operations = [];
    this.pending = [];
    this.ackedPatients = [];
    this.serverErrors = 0;
    this.unexpected = [];
  }

  /** The next operation: an unanswered one first (same key, same body), else a new one. */
  next() {
    const retry = this.pending.shift();
    if (retry !== undefined) {
      return retry;
    }
    const n = this.operations.length;
    const patient = this.ackedPatients[Math.floor(this.random() * this.ackedPatients.length)];
    const operation =
      patient === undefined || this.random() < 0.4
        ? {
            n,
            kind: 'patient',
            key: `crash-patient-${n}`,
            path: '/api/patients',
            body: { facilityId: FACILITY, givenName: 'Crash', familyName: `Testpatient-${n}` },
          }
        : {
            n,
            kind: 'assessment',
            key: `crash-assessment-${n}`,
            patientId: patient,
            path: `/api/patients/${patient}/assessments`,
            body: { instrumentId: 'cows', answers: COWS_C4_ANSWERS },
          };
    this.operations.push(operation);
    return operation;
  }

  /**
   * Sends operations until the server stops answering.
   *
   * @returns When a request failed at the connection (the server is gone) or `stop()` says so.
   */
  async run(base, cookie, stop) {
    while (!stop()) {
      const operation = this.next();
      let response;
      try {
        response = await fetch(`${base}${operation.path}`, {
          method: 'POST',
          headers: {
            cookie,
            'content-type': 'application/json',
            'x-requested-with': 'kratom-care',
            'idempotency-key': operation.key,
          },
          body: JSON.stringify(operation.body),
        });
      } catch {
        this.pending.push(operation);
        return;
      }
      let body;
      try {
        body = await response.json();
      } catch {
        // The answer was cut off by the kill: not acknowledged.
        this.pending.push(operation);
        return;
      }
      this.settle(operation, response.status, body);
    }
  }

  settle(operation, status, body) {
    const id = body?.id;
    if ((status === 200 || status === 201) && typeof id === 'string') {
      if (operation.id !== undefined && operation.id !== id) {
        this.unexpected.push(`${operation.key}: answered ${operation.id} first, then ${id}`);
      }
      operation.id = id;
      operation.acked = true;
      if (operation.kind === 'patient' && !this.ackedPatients.includes(id)) {
        this.ackedPatients.push(id);
      }
      return;
    }
    if (status >= 500) {
      this.serverErrors += 1;
    } else if (status !== 409) {
      this.unexpected.push(`${operation.key}: ${status} ${JSON.stringify(body).slice(0, 200)}`);
    }
    // 409: the same key is still being processed (or was, by the killed server); ask again.
    this.pending.push(operation);
  }
}

async function seed(scratch, secrets) {
  const store = await import(STORE);
  const db = store.createDatabase(scratch.config);
  try {
    await store.migrateToLatest(db);
    await store.createFacility(db, { id: FACILITY, name: 'Crash Test Clinic', region: 'Test', address: '1 Test St' });
    const userId = await seedStaff(db, {
      id: 'clin-crash',
      name: 'Crash Clinician',
      email: 'crash-clinician@example.test',
      roles: [{ role: 'clinician', facilityId: FACILITY }],
    });
    return await openSession(db, userId, secrets);
  } finally {
    await db.destroy();
  }
}

/** One life of the server: start, write, SIGKILL at a random moment. */
async function cycle(scratch, secrets, cookie, writer, random, port) {
  const app = await startAppProcess(scratch, secrets, port);
  let dead = false;
  void app.exited.then(() => {
    dead = true;
  });
  const lifetime = LIFETIME.min + random() * (LIFETIME.max - LIFETIME.min);
  const killer = sleep(lifetime).then(() => stopAppProcess(app, 'SIGKILL'));
  await Promise.all([killer, ...Array.from({ length: CONCURRENCY }, () => writer.run(app.base, cookie, () => dead))]);
  return app.port;
}

/** A last life that is not killed: every unanswered request is sent again until answered. */
async function drain(scratch, secrets, cookie, writer, port) {
  const app = await startAppProcess(scratch, secrets, port);
  try {
    for (let round = 0; writer.pending.length > 0; round += 1) {
      if (round > 50) {
        throw new Error(`${writer.pending.length} request(s) still unanswered after 50 rounds`);
      }
      const batch = writer.pending.splice(0);
      await Promise.all(batch.map((operation) => retryOnce(app.base, cookie, writer, operation)));
    }
  } finally {
    await stopAppProcess(app, 'SIGTERM');
  }
}

async function retryOnce(base, cookie, writer, operation) {
  const response = await fetch(`${base}${operation.path}`, {
    method: 'POST',
    headers: {
      cookie,
      'content-type': 'application/json',
      'x-requested-with': 'kratom-care',
      'idempotency-key': operation.key,
    },
    body: JSON.stringify(operation.body),
  });
  writer.settle(operation, response.status, await response.json());
}

/** Node 20 has no Map.groupBy. */
function groupBy(items, keyOf) {
  const groups = new Map();
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}

/** Each operation's rows in the database: exactly one per key, and the acknowledged id among them. */
async function countRows(scratch, writer) {
  const store = await import(STORE);
  const db = store.createDatabase(scratch.config);
  try {
    const patients = await db
      .selectFrom('patient')
      .select(['id', 'family_name'])
      .where('facility_id', '=', FACILITY)
      .execute();
    const records = await db
      .selectFrom('clinical_record')
      .select(['id', 'patient_id'])
      .where('type', '=', 'assessments')
      .execute();
    const byName = groupBy(patients, (row) => row.family_name);
    const recordIds = new Set(records.map((row) => row.id));
    const perPatient = groupBy(records, (row) => row.patient_id);
    const expectedPerPatient = groupBy(
      writer.operations.filter((operation) => operation.kind === 'assessment'),
      (operation) => operation.patientId,
    );
    let lost = 0;
    let duplicated = 0;
    for (const operation of writer.operations) {
      if (operation.kind === 'patient') {
        const rows = byName.get(operation.body.familyName) ?? [];
        lost += rows.some((row) => row.id === operation.id) ? 0 : 1;
        duplicated += Math.max(0, rows.length - 1);
      } else {
        lost += recordIds.has(operation.id) ? 0 : 1;
      }
    }
    for (const [patientId, rows] of perPatient) {
      duplicated += Math.max(0, rows.length - (expectedPerPatient.get(patientId)?.length ?? 0));
    }
    return { lost, duplicated, patients: patients.length, assessments: records.length };
  } finally {
    await db.destroy();
  }
}

async function integrity(scratch) {
  if (scratch.config.kind === 'sqlite') {
    const Database = require('better-sqlite3');
    const raw = new Database(scratch.config.file, { readonly: true });
    try {
      const rows = raw.pragma('integrity_check');
      const ok = rows.length === 1 && rows[0].integrity_check === 'ok';
      return { ok, detail: `PRAGMA integrity_check: ${rows.map((row) => row.integrity_check).join('; ')}` };
    } finally {
      raw.close();
    }
  }
  const client = new pg.Client({ connectionString: scratch.config.url });
  await client.connect();
  try {
    try {
      await client.query('create extension if not exists amcheck');
    } catch (error) {
      return { ok: true, detail: `amcheck skipped: ${error.message} (needs a superuser or a trusted extension)` };
    }
    const { rows } = await client.query(`
      select c.relname, bt_index_check(c.oid, true) from pg_index i
        join pg_class c on c.oid = i.indexrelid
        join pg_am am on am.oid = c.relam
       where am.amname = 'btree' and c.relnamespace = 'public'::regnamespace`);
    return { ok: true, detail: `amcheck bt_index_check (heapallindexed): ${rows.length} btree index(es) clean` };
  } catch (error) {
    return { ok: false, detail: `amcheck failed: ${error.message}` };
  } finally {
    await client.end();
  }
}

async function auditVerify(scratch, secrets) {
  const env = { PATH: process.env.PATH, NODE_ENV: 'production', DATA_DIR: scratch.dataDir, ...secrets, ...scratch.env };
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [CLI, 'audit', 'verify'], { env });
    return { ok: true, detail: stdout.trim() };
  } catch (error) {
    return { ok: false, detail: `${error.stdout ?? ''}${error.stderr ?? ''}`.trim() || error.message };
  }
}

async function crashDatabase(kind, serverUrl) {
  const scratch = await scratchDatabase(kind, serverUrl);
  try {
    const secrets = benchSecrets();
    const cookie = await seed(scratch, secrets);
    const random = generator(SEED + (kind === 'sqlite' ? 0 : 1));
    const writer = new Writer(random);
    let port;
    let ackedBeforeKills = 0;
    let cutOff = 0;
    for (let index = 0; index < CYCLES; index += 1) {
      port = await cycle(scratch, secrets, cookie, writer, random, port);
      cutOff += writer.pending.length;
      ackedBeforeKills = writer.operations.filter((operation) => operation.acked).length;
    }
    const unansweredAtLastKill = writer.pending.length;
    await drain(scratch, secrets, cookie, writer, port);
    const rows = await countRows(scratch, writer);
    const check = await integrity(scratch);
    const verify = await auditVerify(scratch, secrets);
    const failed = rows.lost > 0 || rows.duplicated > 0 || !check.ok || !verify.ok || writer.unexpected.length > 0;
    console.log(`\n${kind}:`);
    console.table({
      'kill -9 cycles': CYCLES,
      'writes sent (distinct keys)': writer.operations.length,
      'writes acknowledged while being killed': ackedBeforeKills,
      'requests cut off by a kill (summed over cycles), resent with the same key': cutOff,
      'still unanswered after the last kill': unansweredAtLastKill,
      'writes lost': rows.lost,
      'writes stored twice': rows.duplicated,
      'server errors (5xx)': writer.serverErrors,
      'patients stored': rows.patients,
      'assessments stored': rows.assessments,
    });
    console.log(check.detail);
    console.log(`audit verify: ${verify.ok ? 'passed' : 'FAILED'}: ${verify.detail}`);
    for (const line of writer.unexpected.slice(0, 10)) {
      console.log(`unexpected answer: ${line}`);
    }
    return !failed;
  } finally {
    await scratch.drop().catch((error) => console.error(`clean-up: ${error.message}`));
  }
}

async function main() {
  if (!Number.isInteger(CYCLES) || CYCLES < 1) {
    throw new Error('--cycles takes a whole number');
  }
  console.log(`seed ${SEED} (rerun with --seed ${SEED} for the same kill moments), ${CYCLES} cycles per database`);
  const serverUrl = postgresUrl();
  if (serverUrl === null) {
    console.log('PostgreSQL: skipped (set DATABASE_URL or pass --postgres URL).');
  }
  let ok = true;
  for (const kind of serverUrl === null ? ['sqlite'] : ['sqlite', 'postgres']) {
    ok = (await crashDatabase(kind, serverUrl)) && ok;
  }
  if (!ok) {
    console.log('\nFAILED: see above.');
    process.exit(1);
  }
  console.log('\nNo write lost or doubled; storage and audit chain intact.');
}

await main();
