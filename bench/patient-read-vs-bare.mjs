// Throughput of GET /api/patients/{id} (session cookie of a clinician on the patient's care team,
// audit row included) against the bare Fastify route of score-vs-bare, measured in one run, on
// SQLite and, when given a server, on PostgreSQL. Exits 1 below the issue 8 targets (0.40 SQLite,
// 0.25 PostgreSQL) or when audit rows written differ from reads answered. See bench/README.md.
//
// Usage: node bench/patient-read-vs-bare.mjs [--postgres URL]   (or DATABASE_URL=postgres://…)
//        node bench/patient-read-vs-bare.mjs --serve bare|app CONFIG_JSON   (internal)

import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import {
  BARE_REQUEST,
  COLUMNS,
  bareApp,
  measure,
  prepareLoadGenerator,
  report,
  serveInChild,
  serverStats,
  startServer,
  stopServer,
} from './harness.mjs';
import { postgresUrl, scratchDatabase, STORE } from './app-process.mjs';
import { insertSession, productionAppConfig, seedClinicAndClinician } from './seed-helpers.mjs';

/**
 * Seeds one facility, one clinician with a verified second factor (as the access tests do), a
 * patient with that clinician on the care team, and an open session for the clinician.
 */
async function seed(config) {
  const store = await import(STORE);
  const db = store.createDatabase(config);
  try {
    await store.migrateToLatest(db);
    const sqlite = config.kind === 'sqlite';
    const now = new Date();
    const { facilityId, clinicianId: clinician } = await seedClinicAndClinician(store, db, sqlite);
    const patient = await store.createPatient(db, {
      facilityId,
      givenName: 'Sample',
      familyName: 'Benchmark',
      createdBy: clinician,
    });
    await store.addCareTeamMember(db, { patientId: patient.id, clinicianUserId: clinician, addedBy: clinician });
    const token = await insertSession(store, db, clinician, sqlite, now);
    return { patientId: patient.id, token };
  } finally {
    await db.destroy();
  }
}

async function countAuditRows(config) {
  const store = await import(STORE);
  const db = store.createDatabase(config);
  try {
    const row = await db
      .selectFrom('audit_event')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  } finally {
    await db.destroy();
  }
}

async function serveApp({ database, token, authSecret }) {
  const store = await import(STORE);
  const { createApp } = await import('../packages/server/dist/app.js');
  const { signedCookieValue } = await import('../packages/server/dist/auth/session-cookie.js');
  const db = store.createDatabase(database);
  const config = productionAppConfig(authSecret, 'info');
  const app = await createApp({ config, db, webRoot: null });
  const cookie = `${app.identity.cookieName}=${signedCookieValue(token, app.identity.secret)}`;
  // Requests answered, counted where the answer leaves the handler: after its audit row committed,
  // whether or not the client is still there to read it (autocannon drops in-flight requests when
  // a slice ends, so its own count is lower).
  let answered = 0;
  app.addHook('onSend', (request, reply, payload, done) => {
    if (reply.statusCode === 200 && request.url.startsWith('/api/patients/')) {
      answered += 1;
    }
    done(null, payload);
  });
  const stats = () => ({ answered, batches: app.auditWriter.batches });
  await serveInChild(app, { cookie }, () => db.destroy(), stats);
}

/** The app's counters once it is idle: asks until two answers 300 ms apart agree (in-flight requests finished). */
async function settledStats(child) {
  let previous = await serverStats(child);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const next = await serverStats(child);
    if (next.answered === previous.answered) {
      return next;
    }
    previous = next;
  }
}

/** The issue 8 targets: the audited read's req/s against the bare route's, in the same run. */
const TARGETS = { sqlite: 0.4, postgres: 0.25 };

async function benchDatabase(kind, serverUrl, pin, self) {
  const scratch = await scratchDatabase(kind, serverUrl);
  const children = [];
  try {
    const { patientId, token } = await seed(scratch.config);
    const authSecret = randomBytes(32).toString('hex');
    const args = JSON.stringify({ database: scratch.config, token, authSecret });
    children.push(await startServer(self, ['--serve', 'bare'], pin));
    children.push(await startServer(self, ['--serve', 'app', args], pin));
    const [bare, app] = children;
    const rows = await measure([
      { label: 'bare Fastify JSON route', child: bare.child, port: bare.message.port, request: BARE_REQUEST },
      {
        label: `GET /api/patients/{id} (${kind})`,
        child: app.child,
        port: app.message.port,
        request: { path: `/api/patients/${patientId}`, method: 'GET', headers: { cookie: app.message.cookie } },
      },
    ]);
    const { answered, batches } = await settledStats(app.child);
    await Promise.all(children.splice(0).map(({ child }) => stopServer(child)));
    console.log(`\n${kind}:`);
    console.table(rows, COLUMNS);
    const ratio = report(rows[0], rows[1], 'patient-read');
    // Completeness: every answered read has its audit row, and no row exists for a read not answered.
    const written = await countAuditRows(scratch.config);
    const complete = written === answered;
    console.log(
      `audit rows written: ${written}; reads answered: ${answered} ` +
        `(${complete ? 'equal' : 'MISMATCH'}); ${batches} group commits, ${(written / Math.max(1, batches)).toFixed(1)} rows each`,
    );
    const target = TARGETS[kind];
    console.log(`target: ratio ≥ ${target.toFixed(2)} — ${ratio >= target ? 'met' : 'MISSED'}`);
    return { kind, ratio, target, complete, p99: rows[1]['p99 ms'] };
  } finally {
    await Promise.all(children.map(({ child }) => stopServer(child)));
    await scratch.drop();
  }
}

async function main() {
  const pin = prepareLoadGenerator();
  const self = fileURLToPath(import.meta.url);
  const serverUrl = postgresUrl();
  if (serverUrl === null) {
    console.log('PostgreSQL: skipped (set DATABASE_URL or pass --postgres URL).');
  }
  const results = [];
  for (const kind of serverUrl === null ? ['sqlite'] : ['sqlite', 'postgres']) {
    results.push(await benchDatabase(kind, serverUrl, pin, self));
  }
  const failed = results.filter((result) => !result.complete || result.ratio < result.target);
  if (failed.length > 0) {
    console.log(
      `\nFAILED: ${failed.map((result) => result.kind).join(', ')} (a ratio below its target or a lost audit row).`,
    );
    process.exitCode = 1;
  }
}

const serveIndex = process.argv.indexOf('--serve');
if (serveIndex === -1) {
  await main();
} else if (process.argv[serveIndex + 1] === 'bare') {
  await serveInChild(await bareApp());
} else {
  await serveApp(JSON.parse(process.argv[serveIndex + 2]));
}
