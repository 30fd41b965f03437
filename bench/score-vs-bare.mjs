// Throughput of POST /api/instruments/cows/score against a bare Fastify JSON route, measured in one
// run so a noisy machine still gives a true ratio. See bench/README.md for how to read the output.
//
// Usage: npm run bench   (builds first, then runs bench/run-all.mjs, which runs this file)
//        node bench/score-vs-bare.mjs
//        node bench/score-vs-bare.mjs --serve bare|app|app-db   (internal: one server per child process)

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BARE_REQUEST,
  COLUMNS,
  pairedRatio,
  bareApp,
  COWS_BODY,
  HOST,
  measure,
  prepareLoadGenerator,
  report,
  serveInChild,
  startServer,
  stopServer,
} from './harness.mjs';

/** The score route must reach at least this share of the bare route's req/s (issue 2 budget). */
const BUDGET_RATIO = 0.6;

const SCORE_REQUEST = {
  path: '/api/instruments/cows/score',
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: COWS_BODY,
};

async function serve(kind) {
  if (kind === 'bare') {
    await serveInChild(await bareApp());
    return;
  }
  // The built app, request logging included (stdout goes to /dev/null). `app` has no database,
  // as issue 2 measured it; `app-db` opens a scratch SQLite file as `npm start` does, which adds
  // the CSRF and session hooks to every /api request.
  const { createApp } = await import('../packages/server/dist/app.js');
  const config = { port: 0, host: HOST, dataDir: '/nonexistent', logLevel: 'info', nodeEnv: 'production' };
  if (kind === 'app') {
    await serveInChild(await createApp({ config, webRoot: null }));
    return;
  }
  const { createDatabase, migrateToLatest } = await import('../packages/store/dist/index.js');
  const folder = mkdtempSync(join(tmpdir(), 'kratom-care-bench-'));
  const db = createDatabase({ kind: 'sqlite', file: join(folder, 'bench.sqlite') });
  await migrateToLatest(db);
  const app = await createApp({
    config: { ...config, authSecret: randomBytes(32).toString('hex') },
    db,
    webRoot: null,
  });
  await serveInChild(app, {}, async () => {
    await db.destroy();
    rmSync(folder, { recursive: true, force: true });
  });
}

async function main() {
  const pin = prepareLoadGenerator();
  const self = fileURLToPath(import.meta.url);
  const children = [];
  let rows;
  try {
    for (const kind of ['bare', 'app', 'app-db']) {
      children.push(await startServer(self, ['--serve', kind], pin));
    }
    const [bare, app, appDb] = children;
    rows = await measure([
      { label: 'bare Fastify JSON route', child: bare.child, port: bare.message.port, request: BARE_REQUEST },
      { label: 'POST /api/instruments/cows/score', child: app.child, port: app.message.port, request: SCORE_REQUEST },
      {
        label: 'the same, app with a database',
        child: appDb.child,
        port: appDb.message.port,
        request: SCORE_REQUEST,
      },
    ]);
  } finally {
    await Promise.all(children.map(({ child }) => stopServer(child)));
  }
  console.table(rows, COLUMNS);
  const ratio = report(rows[0], rows[1], 'score');
  const withDb = pairedRatio(rows[0], rows[2]);
  const withDbCpu = rows[0]['server CPU µs/req'] / rows[2]['server CPU µs/req'];
  console.log(`with a database: ratio score/bare req/s ${withDb.toFixed(2)}, bare/score CPU ${withDbCpu.toFixed(2)}`);
  console.log(
    `budget: score/bare req/s >= ${BUDGET_RATIO}: ${ratio >= BUDGET_RATIO ? 'within budget' : 'BELOW BUDGET'}`,
  );
  process.exitCode = ratio >= BUDGET_RATIO ? 0 : 1;
}

const serveIndex = process.argv.indexOf('--serve');
if (serveIndex === -1) {
  await main();
} else {
  await serve(process.argv[serveIndex + 1]);
}
