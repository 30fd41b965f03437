// Shared parts of the benchmarks: one server per child process, servers pinned to CPU 0 and the
// load generator to CPU 1, alternating short slices so every target sees the same background
// noise, and the server's own CPU time per request. See bench/README.md.

import { execFileSync, spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import autocannon from 'autocannon';

export const HOST = '127.0.0.1';
export const CONNECTIONS = 50;
export const WARM_UP_SECONDS = 3;
/** Measured time per target = ROUNDS × SLICE_SECONDS, alternating targets so all see the same noise. */
export const ROUNDS = 10;
export const SLICE_SECONDS = 1;

/** COWS answers of REFERENCE §1 vector C4: total 23, moderate. */
export const COWS_C4_ANSWERS = Object.freeze({
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
});

/** The score request for vector C4. Also the bare route's body, so both carry the same bytes. */
export const COWS_BODY = JSON.stringify({ answers: COWS_C4_ANSWERS });

/** The baseline every benchmark divides by: `POST /bare` on a bare Fastify, sent the COWS body. */
export const BARE_REQUEST = {
  path: '/bare',
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: COWS_BODY,
};

/**
 * Builds the bare baseline server (inside a child process).
 *
 * @returns A Fastify instance with one JSON route, not yet listening.
 */
export async function bareApp() {
  const { default: Fastify } = await import('fastify');
  const app = Fastify();
  app.post('/bare', async () => ({ ok: true }));
  return app;
}

/**
 * Child side: listens on an ephemeral loopback port, answers the parent's CPU probes, closes on
 * SIGTERM and reports its port (plus anything in `extra`) to the parent.
 *
 * @param app - The Fastify app to serve.
 * @param extra - More fields for the start-up message (e.g. a session cookie).
 * @param onClose - Runs after the app closed (e.g. closing a database).
 * @param stats - What the child reports when asked with {@link serverStats} (e.g. requests answered).
 */
export async function serveInChild(app, extra = {}, onClose = async () => {}, stats = () => ({})) {
  await app.listen({ port: 0, host: HOST });
  process.on('message', (message) => {
    if (message === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send({ cpuMicros: user + system });
    } else if (message === 'stats') {
      process.send({ stats: stats() });
    }
  });
  process.on('SIGTERM', () => {
    void app
      .close()
      .then(onClose)
      .then(() => process.exit(0));
  });
  process.send({ ...extra, port: app.server.address().port });
}

/** True when `taskset` can pin processes to CPUs. */
export function hasTaskset() {
  try {
    execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Pins this process (the load generator) to CPU 1 when possible, prints the set-up line and warns
 * when the machine is already busy.
 *
 * @returns Whether the servers should be pinned to CPU 0.
 */
export function prepareLoadGenerator() {
  const pin = hasTaskset();
  if (pin) {
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
  return pin;
}

/**
 * Starts one server in its own process (its own event loop), pinned to CPU 0 when asked.
 *
 * @param script - The benchmark file to run with `args` (it calls {@link serveInChild}).
 * @param args - Its arguments.
 * @param pin - Pin to CPU 0.
 * @returns The child and its start-up message (`port` and any extras).
 */
export function startServer(script, args, pin) {
  // BENCH_CPU_PROF=<folder>: each server writes a V8 CPU profile there when it stops (node --cpu-prof).
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const node = [process.execPath, ...profile, script, ...args];
  const [command, commandArgs] = pin ? ['taskset', ['-c', '0', ...node]] : [node[0], node.slice(1)];
  const child = spawn(command, commandArgs, { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')}: server did not start within 30 s`)), 30_000);
    child.once('message', (message) => {
      clearTimeout(timer);
      resolve({ child, message });
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')}: server exited early with code ${code}`)));
  });
}

/**
 * Stops a server child: SIGTERM, then SIGKILL after 5 s.
 *
 * @param child - From {@link startServer}.
 */
export function stopServer(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
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

/**
 * Asks a server child for its own counters (see {@link serveInChild}).
 *
 * @param child - From {@link startServer}.
 * @returns The child's stats object.
 */
export function serverStats(child) {
  return new Promise((resolve) => {
    const onMessage = (message) => {
      if (message.stats !== undefined) {
        child.off('message', onMessage);
        resolve(message.stats);
      }
    };
    child.on('message', onMessage);
    child.send('stats');
  });
}

/** The server process's CPU time so far, in microseconds (robust to other load on the machine). */
function serverCpu(child) {
  return new Promise((resolve) => {
    child.once('message', ({ cpuMicros }) => resolve(cpuMicros));
    child.send('cpu');
  });
}

function load(target, seconds) {
  return autocannon({
    url: target.url,
    method: target.request.method,
    headers: target.request.headers,
    ...(target.request.body === undefined ? {} : { body: target.request.body }),
    connections: CONNECTIONS,
    duration: seconds,
  });
}

async function slice(target, totals, seconds) {
  const cpuBefore = await serverCpu(target.child);
  const result = await load(target, seconds);
  const cpuAfter = await serverCpu(target.child);
  if (result.errors > 0 || result.non2xx > 0) {
    const statuses = JSON.stringify(result.statusCodeStats);
    throw new Error(`${target.label}: ${result.errors} errors, ${result.non2xx} non-2xx responses (${statuses})`);
  }
  totals.requests += result.requests.total;
  totals.seconds += result.duration;
  totals.cpuMicros += cpuAfter - cpuBefore;
  totals.p99s.push(result.latency.p99);
  totals.rates.push(result.requests.total / result.duration);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Loads each target in turn: a warm-up each, then {@link ROUNDS} rounds of one slice per target.
 * Only one server is under load at a time. Stops on any connection error or non-2xx answer: a
 * fast error is not a result.
 *
 * @param targets - `{ label, child, port, request: { path, method, headers, body? } }`.
 * @returns One row per target: label, req/s, p99 ms (median over slices), server CPU µs/req, and
 *   `slices`, the req/s of each round (print with `console.table(rows, COLUMNS)`).
 */
export async function measure(targets) {
  const runs = targets.map((target) => ({
    ...target,
    url: `http://${HOST}:${target.port}${target.request.path}`,
    totals: { requests: 0, seconds: 0, cpuMicros: 0, p99s: [], rates: [] },
  }));
  for (const run of runs) {
    await load(run, WARM_UP_SECONDS);
  }
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const run of runs) {
      await slice(run, run.totals, SLICE_SECONDS);
    }
  }
  return runs.map(({ label, totals }) => ({
    target: label,
    'req/s': Math.round(totals.requests / totals.seconds),
    'p99 ms': median(totals.p99s),
    'server CPU µs/req': Math.round(totals.cpuMicros / totals.requests),
    slices: totals.rates,
  }));
}

/** The columns of {@link measure}'s rows worth printing. */
export const COLUMNS = ['target', 'req/s', 'p99 ms', 'server CPU µs/req'];

/**
 * The throughput ratio of `ours` against `bare`, as the median over rounds of the two slices run
 * back to back in that round. Background load on a shared machine comes in bursts that hit one
 * slice and not its neighbour; pairing slices and taking the median keeps such a burst from
 * deciding the result, where a ratio of totals lets one bad slice on either side move it.
 *
 * @param bare - The bare route's row from {@link measure}.
 * @param ours - Our route's row.
 * @returns The median paired req/s ratio.
 */
export function pairedRatio(bare, ours) {
  return median(ours.slices.map((rate, round) => rate / bare.slices[round]));
}

/**
 * Prints both ratios of `ours` against `bare` (print the table first with `console.table(rows)`).
 *
 * @param bare - The bare route's row from {@link measure}.
 * @param ours - Our route's row.
 * @param name - Short name of our route for the ratio lines.
 * @returns The req/s ratio ours/bare ({@link pairedRatio}).
 */
export function report(bare, ours, name) {
  const ratio = pairedRatio(bare, ours);
  const ofTotals = ours['req/s'] / bare['req/s'];
  const cpuRatio = bare['server CPU µs/req'] / ours['server CPU µs/req'];
  const spread = ours.slices.map((rate, round) => (rate / bare.slices[round]).toFixed(2)).join(' ');
  console.log(
    `ratio ${name}/bare req/s: ${ratio.toFixed(2)} (median of ${ours.slices.length} paired slices: ${spread}; ratio of totals ${ofTotals.toFixed(2)})`,
  );
  console.log(`ratio bare/${name} server CPU per request: ${cpuRatio.toFixed(2)} (the same comparison, less noisy)`);
  return ratio;
}
