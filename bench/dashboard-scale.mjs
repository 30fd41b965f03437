// Does the clinician's dashboard cost the same in a small network and a large one (issue 10
// acceptance)? Seeds 10^4 and 10^6 clinical records (10 per patient, with their care teams and
// monitoring summaries; the bench clinician has 200 patients at both sizes) on SQLite and, when given
// a server, on PostgreSQL, starts the built server on each, and measures in one run, alternating
// between the sizes, the p95 of `GET /api/dashboard?limit=100` and `GET /api/monitoring-board?limit=100`.
// Goal: p95 at 10^6 ≤ 2 × p95 at 10^4; exits 1 above. See bench/README.md.
//
// Usage: npm run build && node bench/dashboard-scale.mjs [--postgres URL] [--sizes 10000,1000000] [--samples 300]
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
import { CLINICIAN, seedDashboard } from './dashboard-seed.mjs';

const GOAL = 2;
const WARM_UP = 30;

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : process.argv[index + 1];
}

const SIZES = option('--sizes', '10000,1000000').split(',').map(Number);
const DATABASES = option('--databases', 'sqlite,postgres').split(',');
const SAMPLES = Number(option('--samples', '300'));

const QUERIES = [
  { name: 'dashboard (200 patients)', path: '/api/dashboard?limit=100' },
  { name: 'monitoring board', path: '/api/monitoring-board?limit=100' },
];

async function timedGet(server, query) {
  const started = performance.now();
  const response = await fetch(`${server.app.base}${query.path}`, { headers: { cookie: server.cookie } });
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
  for (const query of QUERIES) {
    const perServer = servers.map((server) => ({ server, samples: [] }));
    for (let round = 0; round < WARM_UP + SAMPLES; round += 1) {
      for (const entry of round % 2 === 0 ? perServer : [...perServer].reverse()) {
        const elapsed = await timedGet(entry.server, query);
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
      await seedDashboard(scratch, size);
      const seconds = (performance.now() - started) / 1000;
      console.log(`${kind}: seeded ${size.toLocaleString('en')} clinical records in ${seconds.toFixed(1)} s`);
      servers.push({ size, scratch, secrets, seconds });
    }
    const store = await import(STORE);
    for (const server of servers) {
      const db = store.createDatabase(server.scratch.config);
      try {
        server.cookie = await openSession(db, CLINICIAN.id, server.secrets);
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
      await scratch.drop().catch((error) => console.error(`clean-up: ${error.message}`));
    }
  }
}

function report(outcome) {
  const [small, large] = outcome.servers;
  console.log(`\n${outcome.kind}: p95 in ms over ${SAMPLES} sequential requests per query and size`);
  console.log(
    `seeding: ${outcome.servers.map(({ size, seconds }) => `${size} records in ${seconds.toFixed(1)} s`).join(', ')}`,
  );
  const rows = outcome.results.map(({ query, p95: [atSmall, atLarge], p50: [medianSmall, medianLarge] }) => ({
    query,
    [`p95 ms @ ${small.size}`]: Number(atSmall.toFixed(2)),
    [`p95 ms @ ${large.size}`]: Number(atLarge.toFixed(2)),
    ratio: Number((atLarge / atSmall).toFixed(2)),
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
