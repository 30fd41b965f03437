// Throughput of POST /api/instruments/cows/score against a bare Fastify JSON route, measured in one
// run so a noisy machine still gives a true ratio. See bench/README.md for how to read the output.
//
// Usage: npm run bench   (builds first, then runs this file)
//        node bench/score-vs-bare.mjs --serve app|bare   (internal: one server per child process)

import { execFileSync, spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const CONNECTIONS = 50;
const WARM_UP_SECONDS = 3;
/** Measured time per target = ROUNDS × SLICE_SECONDS, alternating targets so both see the same noise. */
const ROUNDS = 10;
const SLICE_SECONDS = 1;
/** The score route must reach at least this share of the bare route's req/s (issue 2 budget). */
const BUDGET_RATIO = 0.6;
const HOST = '127.0.0.1';

/** REFERENCE §1 vector C4: total 23, moderate. */
const COWS_BODY = JSON.stringify({
  answers: {
    pulse: { bpm: 104 },
    sweating: 2,
    restlessness: 3,
    pupils: 2,
    boneJoint: 2,
    rhinorrhoeaTearing: 2,
    gi: 2,
    tremor: 1,
    yawning: 2,
    anxiety: 2,
    gooseflesh: 3,
  },
});

const TARGETS = [
  { kind: 'bare', label: 'bare Fastify JSON route', path: '/bare' },
  { kind: 'app', label: 'POST /api/instruments/cows/score', path: '/api/instruments/cows/score' },
];

async function serve(kind) {
  let app;
  if (kind === 'bare') {
    const { default: Fastify } = await import('fastify');
    app = Fastify();
    app.post('/bare', async () => ({ ok: true }));
  } else {
    // The built app as `npm start` runs it, request logging included (stdout goes to /dev/null).
    const { createApp } = await import('../packages/server/dist/app.js');
    const config = { port: 0, host: HOST, dataDir: '/nonexistent', logLevel: 'info', nodeEnv: 'production' };
    app = await createApp({ config, webRoot: null });
  }
  await app.listen({ port: 0, host: HOST });
  process.on('message', (message) => {
    if (message === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send({ cpuMicros: user + system });
    }
  });
  process.on('SIGTERM', () => {
    void app.close().then(() => process.exit(0));
  });
  process.send({ port: app.server.address().port });
}

function hasTaskset() {
  try {
    execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Starts one server in its own process (its own event loop), pinned to CPU 0 when possible. */
function startServer(kind, pin) {
  const self = fileURLToPath(import.meta.url);
  const [command, args] = pin
    ? ['taskset', ['-c', '0', process.execPath, self, '--serve', kind]]
    : [process.execPath, [self, '--serve', kind]];
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind} server did not start within 15 s`)), 15_000);
    child.once('message', ({ port }) => {
      clearTimeout(timer);
      resolve({ child, port });
    });
    child.once('exit', (code) => reject(new Error(`${kind} server exited early with code ${code}`)));
  });
}

function stopServer(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) {
      resolve();
      return;
    }
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** The server process's CPU time so far, in microseconds (robust to other load on the machine). */
function serverCpu(child) {
  return new Promise((resolve) => {
    child.once('message', ({ cpuMicros }) => resolve(cpuMicros));
    child.send('cpu');
  });
}

function load(url, seconds) {
  return autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: COWS_BODY,
    connections: CONNECTIONS,
    duration: seconds,
  });
}

async function slice(server, seconds) {
  const cpuBefore = await serverCpu(server.child);
  const result = await load(server.url, seconds);
  const cpuAfter = await serverCpu(server.child);
  if (result.errors > 0 || result.non2xx > 0) {
    throw new Error(`${server.label}: ${result.errors} errors, ${result.non2xx} non-2xx responses`);
  }
  server.requests += result.requests.total;
  server.seconds += result.duration;
  server.cpuMicros += cpuAfter - cpuBefore;
  server.p99s.push(result.latency.p99);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main() {
  const pin = hasTaskset();
  if (pin) {
    // Load generator on CPU 1, servers on CPU 0, so they do not steal each other's time.
    execFileSync('taskset', ['-cp', '1', String(process.pid)], { stdio: 'ignore' });
  }
  console.log(
    `${CONNECTIONS} connections; per target ${WARM_UP_SECONDS} s warm-up, then ${ROUNDS} alternating ` +
      `${SLICE_SECONDS} s slices (${ROUNDS * SLICE_SECONDS} s measured)` +
      `${pin ? '; servers on CPU 0, load generator on CPU 1' : '; taskset not found, not pinned'}.`,
  );
  const [load1] = loadavg();
  if (load1 > availableParallelism() / 2) {
    console.log(`Warning: load average ${load1.toFixed(1)} before starting; other work will skew this run.`);
  }
  const servers = [];
  try {
    for (const target of TARGETS) {
      const { child, port } = await startServer(target.kind, pin);
      const url = `http://${HOST}:${port}${target.path}`;
      servers.push({ ...target, child, url, requests: 0, seconds: 0, cpuMicros: 0, p99s: [] });
    }
    for (const server of servers) {
      await load(server.url, WARM_UP_SECONDS);
    }
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const server of servers) {
        await slice(server, SLICE_SECONDS);
      }
    }
  } finally {
    await Promise.all(servers.map((server) => stopServer(server.child)));
  }

  const rows = servers.map((server) => ({
    target: server.label,
    'req/s': Math.round(server.requests / server.seconds),
    'p99 ms': median(server.p99s),
    'server CPU µs/req': Math.round(server.cpuMicros / server.requests),
  }));
  console.table(rows);
  const [bare, score] = rows;
  const ratio = score['req/s'] / bare['req/s'];
  const cpuRatio = bare['server CPU µs/req'] / score['server CPU µs/req'];
  console.log(`ratio score/bare req/s: ${ratio.toFixed(2)} (budget >= ${BUDGET_RATIO})`);
  console.log(`ratio bare/score server CPU per request: ${cpuRatio.toFixed(2)} (the same comparison, less noisy)`);
  console.log(ratio >= BUDGET_RATIO ? 'within budget' : 'BELOW BUDGET');
  process.exitCode = ratio >= BUDGET_RATIO ? 0 : 1;
}

const serveIndex = process.argv.indexOf('--serve');
if (serveIndex === -1) {
  await main();
} else {
  await serve(process.argv[serveIndex + 1]);
}
