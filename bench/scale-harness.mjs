// What scale.mjs and dashboard-scale.mjs share: seed two scratch databases per database kind (a
// small and a large size), start the built server on each, time the same requests alternating
// between the sizes, and report p95 at the large size against p95 at the small one. Each bench
// brings only its seed, its sessions and its requests. See bench/README.md.
/* global fetch -- Node 20 has it; the shared .mjs globals list predates it */

import { performance } from 'node:perf_hooks';
import { STORE, benchSecrets, postgresUrl, scratchDatabase, startAppProcess, stopAppProcess } from './app-process.mjs';

const GOAL = 2;
const WARM_UP = 30;

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : process.argv[index + 1];
}

const SIZES = option('--sizes', '10000,1000000').split(',').map(Number);
/** Which databases to run (PostgreSQL only with a server URL). */
const DATABASES = option('--databases', 'sqlite,postgres').split(',');
const SAMPLES = Number(option('--samples', '300'));

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
async function measure(servers, queries) {
  const results = [];
  for (const [index, query] of queries(servers[0]).entries()) {
    const perServer = servers.map((server) => ({ server, query: queries(server)[index], samples: [] }));
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

async function benchDatabase(kind, serverUrl, bench) {
  const servers = [];
  const scratches = [];
  try {
    for (const size of SIZES) {
      const scratch = await scratchDatabase(kind, serverUrl);
      scratches.push(scratch);
      const secrets = benchSecrets();
      const started = performance.now();
      const seeded = await bench.seed(scratch, size, secrets);
      const seconds = (performance.now() - started) / 1000;
      console.log(`${kind}: seeded ${size.toLocaleString('en')} ${bench.seededLabel} in ${seconds.toFixed(1)} s`);
      servers.push({ size, scratch, secrets, seeded, seconds });
    }
    const store = await import(STORE);
    for (const server of servers) {
      const db = store.createDatabase(server.scratch.config);
      try {
        server.cookies = await bench.sessions(db, server.secrets);
      } finally {
        await db.destroy();
      }
      server.app = await startAppProcess(server.scratch, server.secrets);
    }
    const results = await measure(servers, bench.queries);
    return { kind, servers: servers.map(({ size, seconds }) => ({ size, seconds })), results };
  } finally {
    await Promise.all(servers.filter((server) => server.app).map((server) => stopAppProcess(server.app)));
    for (const scratch of scratches) {
      // A failed clean-up is reported, never allowed to hide the error that got us here.
      await scratch.drop().catch((error) => console.error(`clean-up: ${error.message}`));
    }
  }
}

function report(outcome, unit) {
  const [small, large] = outcome.servers;
  console.log(`\n${outcome.kind}: p95 in ms over ${SAMPLES} sequential requests per query and size`);
  console.log(
    `seeding: ${outcome.servers.map(({ size, seconds }) => `${size} ${unit} in ${seconds.toFixed(1)} s`).join(', ')}`,
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

/**
 * Runs a scale benchmark from the command line (`--sizes small,large`, `--samples`, `--databases`,
 * `--postgres URL`) and exits 1 when a request's p95 at the large size is above twice that at the small.
 *
 * @param bench - `seed(scratch, size, secrets)` loads a database and returns what `queries` needs
 *   (kept as `server.seeded`); `sessions(db, secrets)` opens the sessions and returns `{ who: cookie }`;
 *   `queries(server)` lists `{ name, who, path }` for that server, the same names in the same order
 *   for every server; `seededLabel` and `unit` name what a size counts in the log and the report.
 */
export async function runScaleBench(bench) {
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
    failures.push(...report(await benchDatabase(kind, serverUrl, bench), bench.unit));
  }
  if (failures.length > 0) {
    console.log(`\nAbove the goal (p95 at ${SIZES[1]} ≤ ${GOAL} × p95 at ${SIZES[0]}): ${failures.join('; ')}`);
    process.exit(1);
  }
  console.log(`\nEvery query within the goal: p95 at ${SIZES[1]} ≤ ${GOAL} × p95 at ${SIZES[0]}.`);
}
