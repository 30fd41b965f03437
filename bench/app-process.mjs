// The built server (`packages/server/dist/main.js`) as a child process, as `npm start` runs it, and
// the fixtures the scale and kill -9 benchmarks share: scratch databases, a staff member with a
// verified second factor and an open session. See bench/README.md.
/* global fetch -- Node 20 has it; the shared .mjs globals list predates it */

import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { HOST } from './harness.mjs';

export { HOST };
export const STORE = '../packages/store/dist/index.js';
const MAIN = fileURLToPath(new URL('../packages/server/dist/main.js', import.meta.url));
const SESSION_COOKIE = '../packages/server/dist/auth/session-cookie.js';

/**
 * @returns The PostgreSQL server URL from `--postgres URL` or `DATABASE_URL`, or null.
 */
export function postgresUrl() {
  const flag = process.argv.indexOf('--postgres');
  const url = flag === -1 ? process.env.DATABASE_URL : process.argv[flag + 1];
  return url === undefined || url.trim() === '' ? null : url.trim();
}

async function onPostgres(url, statement) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Drops a scratch database once our servers are gone. Plain DROP DATABASE, retried: it also stops
 * autovacuum working on the freshly loaded tables, which `WITH (FORCE)` may not (terminating a
 * superuser's backend needs pg_signal_backend).
 */
async function dropPostgresDatabase(serverUrl, name) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await onPostgres(serverUrl, `drop database if exists ${name}`);
      return;
    } catch (error) {
      if (attempt >= 20) {
        throw new Error(`could not drop the scratch database ${name}: ${error.message}`);
      }
      await sleep(500);
    }
  }
}

/**
 * A database of our own: a SQLite file in a temp folder (which is also the server's DATA_DIR), or a
 * new PostgreSQL database on the given server (dropped afterwards).
 *
 * @param kind - `sqlite` or `postgres`.
 * @param serverUrl - The PostgreSQL server, for `postgres`.
 * @returns `{ config, dataDir, env, drop }`: the store's database config, the folder for the
 *   server's DATA_DIR, the database part of the server's environment, and the clean-up.
 */
export async function scratchDatabase(kind, serverUrl) {
  const dataDir = mkdtempSync(join(tmpdir(), 'kratom-care-bench-'));
  const removeDir = () => rmSync(dataDir, { recursive: true, force: true });
  if (kind === 'sqlite') {
    return {
      // main.ts opens DATA_DIR/kratom-care.sqlite.
      config: { kind: 'sqlite', file: join(dataDir, 'kratom-care.sqlite') },
      dataDir,
      env: {},
      drop: async () => removeDir(),
    };
  }
  const name = `kc_bench_${randomBytes(6).toString('hex')}`;
  await onPostgres(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    config: { kind: 'postgres', url: url.toString() },
    dataDir,
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      await dropPostgresDatabase(serverUrl, name);
      removeDir();
    },
  };
}

/** The secrets a server and the CLI must share: the cookie-signing secret and the audit key. */
export function benchSecrets() {
  return { AUTH_SECRET: randomBytes(32).toString('hex'), AUDIT_KEY: randomBytes(32).toString('base64') };
}

/**
 * Inserts a staff user with a verified second factor (as the access tests do) and their roles.
 *
 * @param db - The store's Kysely handle.
 * @param input - `{ id, name, email, roles: [{ role, facilityId }] }`.
 * @returns The user id.
 */
export async function seedStaff(db, input) {
  const store = await import(STORE);
  const sqlite = store.dialectOf(db) === 'sqlite';
  const userId = await store.insertTestUser(db, { id: input.id, name: input.name, email: input.email });
  await db
    .updateTable('user')
    .set({ twoFactorEnabled: sqlite ? 1 : true })
    .where('id', '=', userId)
    .execute();
  for (const { role, facilityId } of input.roles) {
    await store.addMembership(db, { userId, facilityId, role });
  }
  return userId;
}

/**
 * Opens a session for a user, as a sign-in with the second factor would; open it just before the
 * load starts (staff sessions end after 15 idle minutes).
 *
 * @param db - The store's Kysely handle.
 * @param userId - The user.
 * @param secrets - From {@link benchSecrets}: the cookie is signed with its AUTH_SECRET.
 * @returns The `cookie` header value for a server started with `secrets`.
 */
export async function openSession(db, userId, secrets) {
  const store = await import(STORE);
  const sqlite = store.dialectOf(db) === 'sqlite';
  const token = randomBytes(24).toString('hex');
  const now = new Date();
  const expires = new Date(now.getTime() + 12 * 60 * 60 * 1000);
  const time = (value) => (sqlite ? value.toISOString() : value);
  // Stored as the store stores tokens (a digest, once the store hashes them).
  const stored = typeof store.sessionTokenDigest === 'function' ? store.sessionTokenDigest(token) : token;
  await db
    .insertInto('session')
    .values({
      id: randomUUID(),
      token: stored,
      userId,
      expiresAt: time(expires),
      createdAt: time(now),
      updatedAt: time(now),
      ipAddress: null,
      userAgent: null,
      impersonatedBy: null,
    })
    .execute();
  const { signedCookieValue } = await import(SESSION_COOKIE);
  // Production mode: the `__Secure-` cookie name.
  return `__Secure-kratom-care.session_token=${signedCookieValue(token, secrets.AUTH_SECRET)}`;
}

/** A free loopback port (asked of the kernel, then released for the server to take). */
async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts `packages/server/dist/main.js` on a loopback port and waits until `/healthz` answers.
 *
 * @param scratch - From {@link scratchDatabase}.
 * @param secrets - From {@link benchSecrets}.
 * @param port - A port to reuse (after a restart), or undefined for a new one.
 * @returns `{ child, port, base, exited }`; `exited` resolves with the exit code or signal.
 */
export async function startAppProcess(scratch, secrets, port) {
  const chosen = port ?? (await freePort());
  const env = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    HOST,
    PORT: String(chosen),
    DATA_DIR: scratch.dataDir,
    PUBLIC_URL: `http://${HOST}:${chosen}`,
    ...secrets,
    ...scratch.env,
  };
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  const base = `http://${HOST}:${chosen}`;
  for (let attempt = 0; ; attempt += 1) {
    const state = await Promise.race([exited.then(() => 'exited'), sleep(50).then(() => 'waiting')]);
    if (state === 'exited') {
      throw new Error(`the server exited during start-up: ${stderr}`);
    }
    try {
      const response = await fetch(`${base}/healthz`);
      if (response.ok) {
        return { child, port: chosen, base, exited, stderr: () => stderr };
      }
    } catch {
      // Not listening yet.
    }
    if (attempt > 1200) {
      child.kill('SIGKILL');
      throw new Error(`the server did not answer /healthz within a minute: ${stderr}`);
    }
  }
}

/**
 * Stops a server started by {@link startAppProcess}.
 *
 * @param app - The started server.
 * @param signal - `SIGTERM` (drain and exit) or `SIGKILL`.
 */
export async function stopAppProcess(app, signal = 'SIGTERM') {
  if (app.child.exitCode === null && app.child.signalCode === null) {
    app.child.kill(signal);
  }
  await app.exited;
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
