// Throughput and p99 of a patient's assessment list (issue 10 acceptance: a patient with 500
// assessments) against the bare Fastify route, measured in one run, on SQLite and, when given a
// server, on PostgreSQL: `GET /api/patients/{id}/assessments` (default page) and the COWS filter
// `?instrument=cows&limit=100` served by the (patient, type, subtype, time, id) index of migration
// 0009. Every read is audited (session, policy, audit row). Reports, never fails. See bench/README.md.
//
// Usage: npm run build && node bench/assessments-read-vs-bare.mjs [--postgres URL]
//        node bench/assessments-read-vs-bare.mjs --serve bare|app CONFIG_JSON   (internal)

import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import {
  BARE_REQUEST,
  COLUMNS,
  COWS_C4_ANSWERS,
  bareApp,
  measure,
  prepareLoadGenerator,
  report,
  serveInChild,
  startServer,
  stopServer,
} from './harness.mjs';
import { postgresUrl, scratchDatabase, STORE } from './app-process.mjs';
import { insertSession, productionAppConfig, seedClinicAndClinician } from './seed-helpers.mjs';

/** Assessments of the measured patient (issue 10 acceptance). */
const ASSESSMENTS = 500;
/** One in five is a PHQ-9, so the COWS filter has rows to skip. */
const PHQ9_EVERY = 5;

/** The stored body of a scored instrument, as the record platform writes it. */
async function bodies() {
  const { INSTRUMENTS, answersInOrder, PHQ9_DEFINITION } = await import('../packages/domain/dist/index.js');
  const cows = INSTRUMENTS.cows.score(COWS_C4_ANSWERS, {});
  const phq9Answers = answersInOrder(PHQ9_DEFINITION, [1, 1, 1, 1, 1, 1, 1, 1, 0]);
  const phq9 = INSTRUMENTS.phq9.score(phq9Answers, {});
  const body = (instrumentId, answers, result) => ({
    instrumentId,
    instrumentVersion: result.version,
    answers,
    total: result.total,
    bandId: result.band?.id ?? null,
    flags: [...result.flags],
  });
  return { cows: body('cows', COWS_C4_ANSWERS, cows), phq9: body('phq9', phq9Answers, phq9) };
}

/**
 * One facility, a clinician with a verified second factor on the care team of one patient with
 * {@link ASSESSMENTS} assessments (one a minute, through the store as the platform writes them),
 * and an open session.
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
    const { cows, phq9 } = await bodies();
    await db.transaction().execute(async (trx) => {
      for (let index = 0; index < ASSESSMENTS; index += 1) {
        const at = new Date(now.getTime() - (ASSESSMENTS - index) * 60_000).toISOString();
        const isPhq9 = index % PHQ9_EVERY === 0;
        await store.createClinicalRecord(trx, {
          patientId: patient.id,
          type: 'assessments',
          subtype: isPhq9 ? 'phq9' : 'cows',
          recordedAt: at,
          recordedBy: clinician,
          body: isPhq9 ? phq9 : cows,
          at,
        });
      }
    });
    const token = await insertSession(store, db, clinician, sqlite, now);
    return { patientId: patient.id, token };
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
  await serveInChild(app, { cookie }, () => db.destroy());
}

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
    const headers = { cookie: app.message.cookie };
    const rows = await measure([
      { label: 'bare Fastify JSON route', child: bare.child, port: bare.message.port, request: BARE_REQUEST },
      {
        label: `GET …/assessments (${kind})`,
        child: app.child,
        port: app.message.port,
        request: { path: `/api/patients/${patientId}/assessments`, method: 'GET', headers },
      },
      {
        label: `GET …/assessments?instrument=cows&limit=100 (${kind})`,
        child: app.child,
        port: app.message.port,
        request: { path: `/api/patients/${patientId}/assessments?instrument=cows&limit=100`, method: 'GET', headers },
      },
    ]);
    console.log(`\n${kind}: a patient with ${ASSESSMENTS} assessments`);
    console.table(rows, COLUMNS);
    const plain = report(rows[0], rows[1], 'assessments');
    const filtered = report(rows[0], rows[2], 'assessments?instrument=cows');
    return { kind, plain, filtered, p99: [rows[1]['p99 ms'], rows[2]['p99 ms']] };
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
  for (const kind of serverUrl === null ? ['sqlite'] : ['sqlite', 'postgres']) {
    await benchDatabase(kind, serverUrl, pin, self);
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
