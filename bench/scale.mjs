// Does a page cost the same in a small network and a large one? Seeds 10^4 and 10^6 rows per big
// table (patients, assessments, audit rows) on SQLite and, when given a server, on PostgreSQL,
// starts the built server on each, and measures in one run, alternating between the two sizes,
// the p95 latency of the clinician's patient list, the audit search by person and by date, and a
// patient's assessment list. Goal (issue 8 §5): p95 at 10^6 ≤ 2 × p95 at 10^4; exits 1 above.
// See bench/README.md.
//
// Usage: npm run build && node bench/scale.mjs [--postgres URL] [--sizes 10000,1000000] [--samples 300]
//        [--databases sqlite,postgres]
/* global fetch -- Node 20 has it; the shared .mjs globals list predates it */

import { performance } from 'node:perf_hooks';
import {
  STORE,
  benchSecrets,
  openSession,
  postgresUrl,
  scratchDatabase,
  startAppProcess,
  stopAppProcess,
} from './app-process.mjs';
import { CLINICIAN, OFFICER, SEARCHED_ACTOR, TARGET_PATIENT, seedScale } from './scale-seed.mjs';

const GOAL = 2;
const WARM_UP = 30;
const DAY = 24 * 60 * 60 * 1000;

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : process.argv[index + 1];
}

const SIZES = option('--sizes', '10000,1000000').split(',').map(Number);
/** Which databases to run (PostgreSQL only with a server URL). */
const DATABASES = option('--databases', 'sqlite,postgres').split(',');
const SAMPLES = Number(option('--samples', '300'));

/** The measured requests: who asks, what, and the least number of rows the answer must hold. */
function queries(auditEnd) {
  const from = new Date(auditEnd - 2 * DAY).toISOString();
  const to = new Date(auditEnd - DAY).toISOString();
  return [
    { name: 'patient list (clinician)', who: 'clinician', path: '/api/patients?limit=100' },
    { name: 'audit search by person', who: 'officer', path: `/api/audit?actorUserId=${SEARCHED_ACTOR}&limit=100` },
    {
      name: 'audit search by date',
      who: 'officer',
      path: `/api/audit?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&limit=100`,
    },
    { name: 'assessment list', who: 'clinician', path: `/api/patients/${TARGET_PATIENT}/assessments?limit=100` },
  ];
}

async function timedGet(server, query) {
  const started = performance.now();
  const response = await fetch(`${server.app.base}${query.path}`, { headers: { cookie: server.cookies[query.who] } });
  const body = await response.json();
  const elapsed = performance.now() - started;
  if (response.status !== 200 || !Array.isArray(body.items) || body.items.length === 0) {
    throw new Error(`${query.name} on ${server.size}: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
  }
  return elapsed;
}

function percentile(samples, fraction) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * fraction) - 1)];
}

/** Alternates requests between the sizes, so a burst of background load hits both alike. */
async function measure(servers) {
  const results = [];
  for (const [index, query] of queries(0).entries()) {
    const perServer = servers.map((server) => ({ server, query: queries(server.auditEnd)[index], samples: [] }));
    for (let round = 0; round < WARM_UP + SAMPLES; round += 1) {
      for (const entry of round % 2 === 0 ? perServer : [...perServer].reverse()) {
        const elapsed = await timedGet(entry.server, entry.query);
        if (round >= WARM_UP) {
          entry.samples.push(elapsed);
        }
      }
    }
    results.push({
      query: query.name,
      p95: perServer.map((entry) => percentile(entry.samples, 0.95)),
      p50: perServer.map((entry) => percentile(entry.samples, 0.5)),
    });
  }
  return results;
}

async function benchDatabase(kind, serverUrl) {
  const servers = [];
  const scratches = [];
  try {
    for (const size of SIZES) {
      const scratch = await scratchDatabase(kind, serverUrl);
      scratches.push(scratch);
      const secrets = benchSecrets();
      const started = performance.now();
      const { auditEnd } = await seedScale(scratch, size, secrets);
      const seconds = (performance.now() - started) / 1000;
      console.log(`${kind}: seeded ${size.toLocaleString('en')} rows per table in ${seconds.toFixed(1)} s`);
      servers.push({ size, scratch, secrets, auditEnd, seconds });
    }
    const store = await import(STORE);
    for (const server of servers) {
      const db = store.createDatabase(server.scratch.config);
      try {
        server.cookies = {
          clinician: await openSession(db, CLINICIAN.id, server.secrets),
          officer: await openSession(db, OFFICER.id, server.secrets),
        };
      } finally {
        await db.destroy();
      }
      server.app = await startAppProcess(server.scratch, server.secrets);
    }
    const results = await measure(servers);
    return { kind, servers: servers.map(({ size, seconds }) => ({ size, seconds })), results };
  } finally {
    await Promise.all(servers.filter((server) => server.app).map((server) => stopAppProcess(server.app)));
    for (const scratch of scratches) {
      // A failed clean-up is reported, never allowed to hide the error that got us here.
      await scratch.drop().catch((error) => console.error(`clean-up: ${error.message}`));
    }
  }
}

function report(outcome) {
  const [small, large] = outcome.servers;
  console.log(`\n${outcome.kind}: p95 in ms over ${SAMPLES} sequential requests per query and size`);
  console.log(
    `seeding: ${outcome.servers.map(({ size, seconds }) => `${size} rows in ${seconds.toFixed(1)} s`).join(', ')}`,
  );
  const rows = outcome.results.map(({ query, p95: [atSmall, atLarge], p50: [medianSmall, medianLarge] }) => ({
    query,
    [`p95 ms @ ${small.size}`]: Number(atSmall.toFixed(2)),
    [`p95 ms @ ${large.size}`]: Number(atLarge.toFixed(2)),
    ratio: Number((atLarge / atSmall).toFixed(2)),
    // The median, for context: on a busy machine p95 moves more than the cost of the query does.
    'p50 ratio': Number((medianLarge / medianSmall).toFixed(2)),
  }));
  console.table(rows);
  return rows.filter((row) => row.ratio > GOAL).map((row) => `${outcome.kind} ${row.query}: ${row.ratio}×`);
}

async function main() {
  if (SIZES.length !== 2) {
    throw new Error('--sizes takes two sizes, small then large');
  }
  const serverUrl = postgresUrl();
  if (serverUrl === null) {
    console.log('PostgreSQL: skipped (set DATABASE_URL or pass --postgres URL).');
  }
  const failures = [];
  const kinds = (serverUrl === null ? ['sqlite'] : ['sqlite', 'postgres']).filter((kind) => DATABASES.includes(kind));
  for (const kind of kinds) {
    failures.push(...report(await benchDatabase(kind, serverUrl)));
  }
  if (failures.length > 0) {
    console.log(`\nAbove the goal (p95 at ${SIZES[1]} ≤ ${GOAL} × p95 at ${SIZES[0]}): ${failures.join('; ')}`);
    process.exit(1);
  }
  console.log(`\nEvery query within the goal: p95 at ${SIZES[1]} ≤ ${GOAL} × p95 at ${SIZES[0]}.`);
}

await main();
