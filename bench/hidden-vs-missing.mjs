// Timing of the 404 for a hidden patient against the 404 for a missing one (issue 8 §4: same
// database work for both). Sends 300 alternating pairs per database, one request at a time, to
// the built app in this process over loopback, and reports the median of the per-pair differences
// (hidden − missing) and how often the hidden one was slower. Not a timed test: it reports, it
// does not fail. See bench/README.md.
//
// Usage: node bench/hidden-vs-missing.mjs [--postgres URL]   (or DATABASE_URL=postgres://…)

import { Buffer } from 'node:buffer';
import { randomBytes, randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { postgresUrl, scratchDatabase, STORE } from './app-process.mjs';
import { insertSession, productionAppConfig, seedClinicAndClinician } from './seed-helpers.mjs';
import { HOST } from './harness.mjs';

const PAIRS = 300;
const WARM_UP_PAIRS = 50;

/**
 * One facility with a clinician (verified second factor) and a patient on nobody's care team: the
 * clinician may not see that patient, so it answers the same 404 as an id that does not exist.
 */
async function seed(store, db, sqlite) {
  await store.migrateToLatest(db);
  const now = new Date();
  const { facilityId, clinicianId: clinician } = await seedClinicAndClinician(store, db, sqlite);
  const hidden = await store.createPatient(db, {
    facilityId,
    givenName: 'Hidden',
    familyName: 'Benchmark',
    createdBy: clinician,
  });
  const token = await insertSession(store, db, clinician, sqlite, now);
  return { hiddenId: hidden.id, token };
}

/** One GET over a kept-alive connection; resolves with the status, body and elapsed nanoseconds. */
function timedGet(agent, port, path, cookie) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = request({ host: HOST, port, path, agent, headers: { cookie } }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => {
        resolve({
          status: res.statusCode,
          body: Buffer.concat(chunks).toString(),
          ns: process.hrtime.bigint() - started,
        });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function benchDatabase(kind, serverUrl) {
  const store = await import(STORE);
  const { createApp } = await import('../packages/server/dist/app.js');
  const { signedCookieValue } = await import('../packages/server/dist/auth/session-cookie.js');
  const { Agent } = await import('node:http');
  const scratch = await scratchDatabase(kind, serverUrl);
  const db = store.createDatabase(scratch.config);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  let app;
  try {
    const { hiddenId, token } = await seed(store, db, kind === 'sqlite');
    const config = productionAppConfig(randomBytes(32).toString('hex'), 'silent');
    app = await createApp({ config, db, webRoot: null });
    await app.listen({ port: 0, host: HOST });
    const port = app.server.address().port;
    const cookie = `${app.identity.cookieName}=${signedCookieValue(token, app.identity.secret)}`;
    const missingId = randomUUID();
    const differences = [];
    let hiddenSlower = 0;
    for (let pair = 0; pair < WARM_UP_PAIRS + PAIRS; pair += 1) {
      // Alternate which goes first, so neither always meets the warmer cache.
      const order = pair % 2 === 0 ? [hiddenId, missingId] : [missingId, hiddenId];
      const results = {};
      for (const id of order) {
        results[id] = await timedGet(agent, port, `/api/patients/${id}`, cookie);
      }
      const hidden = results[hiddenId];
      const missing = results[missingId];
      if (hidden.status !== 404 || missing.status !== 404 || hidden.body !== missing.body) {
        throw new Error(`expected two identical 404s, got ${hidden.status} and ${missing.status}`);
      }
      if (pair >= WARM_UP_PAIRS) {
        const difference = Number(hidden.ns - missing.ns) / 1000;
        differences.push(difference);
        hiddenSlower += difference > 0 ? 1 : 0;
      }
    }
    const medianDifference = median(differences);
    console.log(
      `${kind}: median hidden − missing over ${PAIRS} pairs: ${medianDifference.toFixed(1)} µs; ` +
        `hidden slower in ${((hiddenSlower / PAIRS) * 100).toFixed(0)}% of pairs`,
    );
  } finally {
    agent.destroy();
    await app?.close();
    await db.destroy();
    await scratch.drop();
  }
}

const serverUrl = postgresUrl();
if (serverUrl === null) {
  console.log('PostgreSQL: skipped (set DATABASE_URL or pass --postgres URL).');
}
for (const kind of serverUrl === null ? ['sqlite'] : ['sqlite', 'postgres']) {
  await benchDatabase(kind, serverUrl);
}
