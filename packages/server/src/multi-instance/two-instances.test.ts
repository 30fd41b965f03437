import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createScratchDatabase, whileSchemasKept, type ScratchDatabase } from '@kratom-care/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app-types.js';
import { createApp } from '../app.js';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../auth/csrf.js';
import { DEFAULT_AUTH_LIMITS } from '../auth/rate-limits.js';
import {
  cookieHeaderFrom,
  createTestFacility,
  createTestUser,
  signInAs,
  totpCode,
  type TestUser,
} from '../test/auth-fixtures.js';
import { TEST_CONFIG } from '../test/build-test-app.js';
import { assertBuilt, runBuiltCli, startInstance, type InstanceProcess } from '../test/instance-process.js';
import { freePort, startNginx, UPSTREAM_HEADER, type RunningNginx } from '../test/nginx.js';

/*
 * Issue 8 §3: two app instances, each its own process running the built server, on one fresh
 * PostgreSQL schema behind a real nginx that balances round-robin. Requests that must reach one
 * particular instance go to it directly (it trusts 127.0.0.1 as its proxy, as behind nginx); the
 * rest go through nginx, whose `x-test-upstream` header shows which instance answered.
 */

// eslint-disable-next-line no-restricted-properties -- like CI, this test runs only when a PostgreSQL URL is given
const DATABASE_URL = process.env.DATABASE_URL?.trim() ?? '';
const TITLE =
  DATABASE_URL === ''
    ? 'two instances on one PostgreSQL behind nginx (skipped: set DATABASE_URL to run it)'
    : 'two instances on one PostgreSQL behind nginx';

/** Several instances must share these (README, "Running several instances"). */
const AUTH_SECRET = randomBytes(32).toString('base64url');
const AUDIT_KEY = randomBytes(32).toString('base64');

describe.skipIf(DATABASE_URL === '')(TITLE, { timeout: 60_000 }, () => {
  let scratch: ScratchDatabase;
  let dataDir: string;
  let seeder: App;
  const instances: InstanceProcess[] = [];
  let nginx: RunningNginx | undefined;
  let env: Record<string, string>;
  let clinician: TestUser;
  let patientUser: TestUser;
  let facilityId: string;
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    assertBuilt();
    scratch = await createScratchDatabase({ kind: 'postgres', url: DATABASE_URL });
    cleanups.push(() => scratch.dispose());
    if (scratch.config.kind !== 'postgres') {
      throw new Error('expected a PostgreSQL scratch schema');
    }
    dataDir = mkdtempSync(join(tmpdir(), 'kratom-care-instances-'));
    cleanups.push(() => {
      rmSync(dataDir, { recursive: true, force: true });
      return Promise.resolve();
    });
    const proxyPort = await freePort();
    env = {
      DATABASE_URL: scratch.config.url,
      AUTH_SECRET,
      AUDIT_KEY,
      DATA_DIR: dataDir,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      PORT: '0',
      PUBLIC_URL: `http://127.0.0.1:${proxyPort}`,
      TRUSTED_PROXY: '127.0.0.1',
    };
    // The instances migrate on start; meanwhile no other test file may drop its scratch schema.
    const started = await whileSchemasKept(DATABASE_URL, () =>
      Promise.allSettled([startInstance(env), startInstance(env)]),
    );
    for (const result of started) {
      if (result.status === 'fulfilled') {
        instances.push(result.value);
        cleanups.push(() => result.value.stop());
      }
    }
    for (const result of started) {
      if (result.status === 'rejected') {
        throw result.reason;
      }
    }
    const proxy = await startNginx(
      proxyPort,
      instances.map((instance) => instance.port),
    );
    nginx = proxy;
    cleanups.push(() => proxy.stop());

    // Accounts are made in-process on the same database, with the same secrets as the instances.
    seeder = await createApp({
      config: { ...TEST_CONFIG, authSecret: AUTH_SECRET, auditKey: AUDIT_KEY, dataDir },
      db: scratch.db,
      purgeEveryMs: 0,
    });
    cleanups.push(() => seeder.close());
    await seeder.ready();
    facilityId = await createTestFacility(seeder);
    clinician = await createTestUser(seeder, { role: 'clinician', facilityId });
    patientUser = await createTestUser(seeder, { role: 'patient' });
  }, 60_000);

  afterAll(async () => {
    // Whatever started is stopped, newest first, even when the set-up failed halfway.
    for (const cleanup of cleanups.reverse()) {
      await cleanup();
    }
  }, 30_000);

  function instanceUrl(index: number): string {
    const instance = instances[index];
    if (instance === undefined) {
      throw new Error('the instances did not start');
    }
    return instance.url;
  }
  const first = (): string => instanceUrl(0);
  const second = (): string => instanceUrl(1);

  function proxy(): string {
    if (nginx === undefined) {
      throw new Error('nginx did not start');
    }
    return nginx.url;
  }

  /** A POST as a browser behind the proxy would send it; `client` is the address nginx saw. */
  function post(base: string, path: string, body: unknown, options: { client: string; cookie?: string }) {
    return fetch(`${base}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [CSRF_HEADER]: CSRF_HEADER_VALUE,
        'x-forwarded-for': options.client,
        ...(options.cookie === undefined ? {} : { cookie: options.cookie }),
      },
      body: JSON.stringify(body),
    });
  }

  it('prints the same setup link on every instance until it is used', () => {
    const links = instances.map((instance) => instance.logs.find((entry) => 'setupLink' in entry)?.setupLink);
    expect(links[0]).toMatch(/\/setup#token=/);
    expect(links[1]).toBe(links[0]);
  });

  it('serves a session signed in through one instance on the other, and through the proxy', async () => {
    const client = '198.51.100.10';
    const signedIn = await post(
      first(),
      '/api/auth/sign-in',
      { email: patientUser.email, password: patientUser.password },
      { client },
    );
    expect(signedIn.status).toBe(200);
    const cookie = cookieHeaderFrom(signedIn.headers.getSetCookie());

    const onOther = await fetch(`${second()}/api/auth/session`, { headers: { cookie } });
    expect(onOther.status).toBe(200);
    expect(await onOther.json()).toMatchObject({ user: { email: patientUser.email } });

    const upstreams = new Set<string | null>();
    for (let request = 0; request < 4; request += 1) {
      const response = await fetch(`${proxy()}/api/auth/session`, { headers: { cookie } });
      expect(response.status).toBe(200);
      upstreams.add(response.headers.get(UPSTREAM_HEADER));
    }
    expect(upstreams.size).toBe(2);
  });

  it('refuses on one instance a TOTP code already used on the other', async () => {
    const client = '198.51.100.20';
    const code = totpCode(clinician.totpSecret ?? '');
    const challenge = async (base: string) => {
      const started = await post(
        base,
        '/api/auth/sign-in',
        { email: clinician.email, password: clinician.password },
        { client },
      );
      expect(await started.json()).toEqual({ twoFactorRequired: true });
      const cookie = cookieHeaderFrom(started.headers.getSetCookie());
      return post(base, '/api/auth/two-factor/challenge', { code }, { client, cookie });
    };
    expect((await challenge(first())).status).toBe(200);
    const replayed = await challenge(second());
    expect(replayed.status).toBe(401);
  });

  it('shares the per-IP sign-in limit: alternating instances, the request after the limit gets 429', async () => {
    const client = '198.51.100.30';
    const statuses: number[] = [];
    const upstreams = new Set<string | null>();
    for (let attempt = 0; attempt <= DEFAULT_AUTH_LIMITS.signInPerIpPerMinute; attempt += 1) {
      const response = await post(
        proxy(),
        '/api/auth/sign-in',
        { email: `nobody${attempt}@example.org`, password: 'not the password!' },
        { client },
      );
      statuses.push(response.status);
      upstreams.add(response.headers.get(UPSTREAM_HEADER));
    }
    expect(upstreams.size).toBe(2);
    expect(statuses).toEqual([...Array<number>(DEFAULT_AUTH_LIMITS.signInPerIpPerMinute).fill(401), 429]);
  });

  it('stores one patient for 16 parallel creates with one Idempotency-Key spread over both instances', async () => {
    const { cookie } = await signInAs(seeder, clinician);
    const key = `two-instances-${randomUUID()}`;
    const familyName = `Idempotent${randomBytes(4).toString('hex')}`;
    const create = () =>
      fetch(`${proxy()}/api/patients`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [CSRF_HEADER]: CSRF_HEADER_VALUE,
          'idempotency-key': key,
          cookie,
        },
        body: JSON.stringify({ facilityId, givenName: 'Robin', familyName }),
      });
    const first16 = await Promise.all(Array.from({ length: 16 }, create));
    expect(new Set(first16.map((response) => response.headers.get(UPSTREAM_HEADER))).size).toBe(2);
    const ids = new Set<string>();
    for (let response of first16) {
      // A request that met the first one still in flight is told to retry; the retry replays.
      for (let retry = 0; response.status === 409 && retry < 10; retry += 1) {
        response = await create();
      }
      expect(response.status).toBe(201);
      ids.add(((await response.json()) as { id: string }).id);
    }
    expect(ids.size).toBe(1);
    const stored = await scratch.db.selectFrom('patient').select('id').where('family_name', '=', familyName).execute();
    expect(stored.map((row) => row.id)).toEqual([...ids]);
  });

  it('keeps the audit chain verifiable after concurrent audited traffic through both instances', async () => {
    const { cookie } = await signInAs(seeder, clinician);
    const headers = { 'content-type': 'application/json', [CSRF_HEADER]: CSRF_HEADER_VALUE, cookie };
    const created = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        fetch(`${proxy()}/api/patients`, {
          method: 'POST',
          headers: { ...headers, 'idempotency-key': `audit-traffic-${index}-${randomUUID()}` },
          body: JSON.stringify({ facilityId, givenName: 'Sam', familyName: `Audited${index}` }),
        }),
      ),
    );
    const patientIds = await Promise.all(
      created.map(async (response) => {
        expect(response.status).toBe(201);
        return ((await response.json()) as { id: string }).id;
      }),
    );
    const reads = await Promise.all(
      Array.from({ length: 48 }, (_, index) =>
        fetch(`${proxy()}/api/patients/${patientIds[index % patientIds.length] ?? ''}`, { headers: { cookie } }),
      ),
    );
    expect(reads.map((response) => response.status)).toEqual(Array<number>(48).fill(200));
    expect(new Set(reads.map((response) => response.headers.get(UPSTREAM_HEADER))).size).toBe(2);

    const verified = await whileSchemasKept(DATABASE_URL, () => runBuiltCli(['audit', 'verify'], env));
    expect(verified.status, verified.stderr).toBe(0);
    const count = Number(/intact: (\d+) row/.exec(verified.stdout)?.[1]);
    expect(count).toBeGreaterThanOrEqual(8 + 48);
  });
});
