import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createScratchDatabase, getAppMeta, putAppMeta, type ScratchDatabase } from '@kratom-care/store';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../app-types.js';
import { createApp } from '../app.js';
import { AUTH_SECRET_META_KEY } from '../auth/auth-secret.js';
import { createMemoryOutbox } from '../auth/mailer.js';
import { signedCookieValue } from '../auth/session-cookie.js';
import type { AppConfig } from '../config.js';
import {
  cookieHeaderFrom,
  createTestFacility,
  createTestUser,
  CSRF_HEADERS,
  PROBE_URL,
  registerProbeRoutes,
  signInAs,
  TEST_TARGETS,
  TestClock,
  totpCode,
} from '../test/auth-fixtures.js';
import { TEST_CONFIG } from '../test/build-test-app.js';
import { KEYS_FILE_NAME, readKeysFile } from './keys-file.js';

/** TEST_CONFIG without its secrets, on a real data folder: the zero-configuration start. */
function zeroConfig(dataDir: string): AppConfig {
  const { authSecret: _secret, auditKey: _key, ...rest } = TEST_CONFIG;
  return { ...rest, dataDir };
}

describe.each(TEST_TARGETS)('secrets and the database on $kind', (target) => {
  let scratch: ScratchDatabase;
  let folder: string;
  const apps: App[] = [];

  async function start(config: AppConfig): Promise<App> {
    const app = await createApp({ config, db: scratch.db, clock: new TestClock().now, mailer: createMemoryOutbox() });
    registerProbeRoutes(app);
    await app.ready();
    apps.push(app);
    return app;
  }

  /** Every text value in every table: what a copy of the database or of a backup gives an attacker. */
  async function everyTextInTheDatabase(): Promise<Set<string>> {
    const values = new Set<string>();
    // Kysely lists the tables of every schema on the server: hold the scratch lock so no other test
    // file's schema is dropped in the middle ("schema does not exist", seen once in a full run).
    for (const table of await scratch.keep(() => scratch.db.introspection.getTables())) {
      const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table.name)}`.execute(scratch.db);
      for (const row of rows) {
        for (const value of Object.values(row)) {
          if (typeof value === 'string') {
            values.add(value);
          }
        }
      }
    }
    return values;
  }

  beforeEach(async () => {
    scratch = await createScratchDatabase(target);
    folder = mkdtempSync(join(tmpdir(), 'kc-secrets-app-'));
  });

  afterEach(async () => {
    for (const app of apps.splice(0)) {
      await app.close();
    }
    await scratch.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  it('gives a copy of the database no way to forge a staff cookie: no secret is in it (defect 3)', async () => {
    const app = await start(zeroConfig(folder));
    const facilityId = await createTestFacility(app);
    const clinician = await createTestUser(app, { role: 'clinician', facilityId });
    const real = await signInAs(app, clinician);
    expect((await app.inject({ url: PROBE_URL, headers: real })).statusCode).toBe(200);

    const keys = readKeysFile(join(folder, KEYS_FILE_NAME));
    const stolen = await everyTextInTheDatabase();
    for (const secret of [keys?.authSecret ?? '', ...(keys?.auditKeys ?? [])]) {
      expect(secret).not.toBe('');
      expect([...stolen].some((value) => value.includes(secret))).toBe(false);
    }
    if (scratch.config.kind === 'sqlite') {
      // The raw file, free pages and WAL included, holds no copy either.
      const files = [scratch.config.file, `${scratch.config.file}-wal`].filter((file) => existsSync(file));
      const bytes = Buffer.concat(files.map((file) => readFileSync(file)));
      expect(bytes.includes(Buffer.from(keys?.authSecret ?? ''))).toBe(false);
    }

    // The attack that worked before: sign every stored session token with every stored value.
    const tokens = (await sql<{ token: string }>`select token from ${sql.table('session')}`.execute(scratch.db)).rows;
    expect(tokens.length).toBeGreaterThan(0);
    let accepted = 0;
    for (const { token } of tokens) {
      for (const secret of stolen) {
        const cookie = `${app.identity.cookieName}=${signedCookieValue(token, secret)}`;
        const answer = await app.inject({ url: PROBE_URL, headers: { ...CSRF_HEADERS, cookie } });
        if (answer.statusCode !== 401) {
          accepted += 1;
        }
      }
    }
    expect(accepted).toBe(0);
  });

  it('keeps sessions and enrolled TOTP working across the upgrade that moves the secret out of app_meta', async () => {
    // The older release: the generated secret lived in app_meta and signed and encrypted with it.
    const legacy = 'kratom-care-fictional-legacy-secret-0123456789';
    const before = await start({ ...TEST_CONFIG, authSecret: legacy });
    const facilityId = await createTestFacility(before);
    const clinician = await createTestUser(before, { role: 'clinician', facilityId });
    const session = await signInAs(before, clinician);
    await putAppMeta(scratch.db, { key: AUTH_SECRET_META_KEY, value: legacy, at: new Date().toISOString() }, 'keep');

    const after = await start(zeroConfig(folder));
    expect(readKeysFile(join(folder, KEYS_FILE_NAME))?.authSecret).toBe(legacy);
    expect(await getAppMeta(scratch.db, AUTH_SECRET_META_KEY)).toBeUndefined();
    // The session cookie issued before the upgrade still works...
    expect((await after.inject({ url: PROBE_URL, headers: session })).statusCode).toBe(200);
    // ...and the TOTP secret encrypted before it still decrypts: a full sign-in with a code succeeds.
    const signIn = await after.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: CSRF_HEADERS,
      payload: { email: clinician.email, password: clinician.password },
    });
    expect(signIn.json()).toEqual({ twoFactorRequired: true });
    const challenge = await after.inject({
      method: 'POST',
      url: '/api/auth/two-factor/challenge',
      headers: { ...CSRF_HEADERS, cookie: cookieHeaderFrom(signIn.headers['set-cookie']) },
      payload: { code: totpCode(clinician.totpSecret ?? '', 1) },
    });
    expect(challenge.statusCode).toBe(200);
  });
});
