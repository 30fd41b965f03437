import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  chmodSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { execFile } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { createScratchDatabase, getAppMeta, putAppMeta, type ScratchDatabase } from '@kratom-care/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUTH_SECRET_META_KEY } from '../auth/auth-secret.js';
import type { AppConfig } from '../config.js';
import { TEST_TARGETS } from '../test/auth-fixtures.js';
import { TEST_CONFIG } from '../test/build-test-app.js';
import { createKeysFileOnce, KEYS_FILE_NAME, KeysFileError, readKeysFile } from './keys-file.js';
import { loadServerSecrets } from './server-secrets.js';

const execFileAsync = promisify(execFile);

const FILE_KEY = Buffer.alloc(32, 1).toString('base64url');
const ENV_KEY = Buffer.alloc(32, 2).toString('base64');
const OLD_ENV_KEY = Buffer.alloc(32, 3).toString('base64');

/** TEST_CONFIG without its secrets, on a real (temporary) data folder: what a zero-configuration start sees. */
function zeroConfig(dataDir: string): AppConfig {
  const { authSecret: _secret, auditKey: _key, ...rest } = TEST_CONFIG;
  return { ...rest, dataDir };
}

describe.each(TEST_TARGETS)('server secrets on $kind', (target) => {
  let scratch: ScratchDatabase;
  let folder: string;
  let dataDir: string;

  beforeEach(async () => {
    scratch = await createScratchDatabase(target);
    folder = mkdtempSync(join(tmpdir(), 'kc-secrets-'));
    dataDir = join(folder, 'data');
  });

  afterEach(async () => {
    await scratch.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  it('generates a keys file (mode 0600, DATA_DIR created) once, and every later start reads the same secrets', async () => {
    const first = await loadServerSecrets(zeroConfig(dataDir), scratch.db);
    const path = join(dataDir, KEYS_FILE_NAME);
    expect(first.keysFile).toBe(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(Buffer.from(first.authSecret, 'base64url')).toHaveLength(32);
    expect(first.auditKeyring).toEqual([first.auditKey]);

    const again = await loadServerSecrets(zeroConfig(dataDir), scratch.db);
    expect(again.authSecret).toBe(first.authSecret);
    expect(again.auditKey).toEqual(first.auditKey);
    // Nothing secret went into the database.
    expect(await scratch.db.selectFrom('app_meta').selectAll().execute()).not.toContainEqual(
      expect.objectContaining({ value: first.authSecret }),
    );
  });

  it('takes AUTH_SECRET, AUDIT_KEY and AUDIT_KEY_PREVIOUS from the environment and then writes no file', async () => {
    const config = {
      ...zeroConfig(dataDir),
      authSecret: 'e'.repeat(40),
      auditKey: ENV_KEY,
      auditKeysPrevious: [OLD_ENV_KEY],
    };
    const secrets = await loadServerSecrets(config, scratch.db);
    expect(secrets.authSecret).toBe('e'.repeat(40));
    expect(secrets.auditKeyring.map((key) => Buffer.from(key.secret).toString('base64'))).toEqual([
      OLD_ENV_KEY,
      ENV_KEY,
    ]);
    expect(secrets.auditKey).toBe(secrets.auditKeyring[1]);
    expect(secrets.keysFile).toBeNull();
    expect(() => statSync(dataDir)).toThrow();
  });

  it('fills only what the environment leaves unset from the keys file', async () => {
    const config = { ...zeroConfig(dataDir), authSecret: 'e'.repeat(40) };
    const secrets = await loadServerSecrets(config, scratch.db);
    expect(secrets.authSecret).toBe('e'.repeat(40));
    expect(Buffer.from(secrets.auditKey.secret).toString('base64url')).toBe(
      readKeysFile(secrets.keysFile ?? '')?.auditKeys[0],
    );
  });

  it('refuses to start when group or others may read the keys file, naming the fix', async () => {
    const { keysFile } = await loadServerSecrets(zeroConfig(dataDir), scratch.db);
    chmodSync(keysFile ?? '', 0o640);
    const refused = loadServerSecrets(zeroConfig(dataDir), scratch.db);
    await expect(refused).rejects.toThrow(KeysFileError);
    await expect(refused).rejects.toThrow(/mode 0640\); run: chmod 600/);
  });

  it('refuses a malformed keys file, naming the field', () => {
    const path = join(folder, KEYS_FILE_NAME);
    writeFileSync(path, JSON.stringify({ authSecret: 'short', auditKeys: [FILE_KEY] }), { mode: 0o600 });
    expect(() => readKeysFile(path)).toThrow(/authSecret must be at least 32 characters/);
    writeFileSync(path, '{', { mode: 0o600 });
    expect(() => readKeysFile(path)).toThrow(/not valid JSON/);
  });

  it('moves the auth secret an older release kept in app_meta into the new keys file and deletes it from the database', async () => {
    const legacy = 'l'.repeat(43);
    await putAppMeta(scratch.db, { key: AUTH_SECRET_META_KEY, value: legacy, at: new Date().toISOString() }, 'keep');

    const secrets = await loadServerSecrets(zeroConfig(dataDir), scratch.db);
    expect(secrets.authSecret).toBe(legacy);
    expect(readKeysFile(join(dataDir, KEYS_FILE_NAME))?.authSecret).toBe(legacy);
    expect(await getAppMeta(scratch.db, AUTH_SECRET_META_KEY)).toBeUndefined();
    expect((await loadServerSecrets(zeroConfig(dataDir), scratch.db)).authSecret).toBe(legacy);
  });

  it('deletes an unused legacy secret when AUTH_SECRET is set, and refuses one that disagrees with the keys file', async () => {
    const at = new Date().toISOString();
    await putAppMeta(scratch.db, { key: AUTH_SECRET_META_KEY, value: 'x'.repeat(43), at }, 'keep');
    await loadServerSecrets({ ...zeroConfig(dataDir), authSecret: 'e'.repeat(40), auditKey: ENV_KEY }, scratch.db);
    expect(await getAppMeta(scratch.db, AUTH_SECRET_META_KEY)).toBeUndefined();

    await loadServerSecrets(zeroConfig(dataDir), scratch.db);
    await putAppMeta(scratch.db, { key: AUTH_SECRET_META_KEY, value: 'y'.repeat(43), at }, 'keep');
    await expect(loadServerSecrets(zeroConfig(dataDir), scratch.db)).rejects.toThrow(/holds another one/);
    // Refusing keeps the only copy of the old secret.
    expect(await getAppMeta(scratch.db, AUTH_SECRET_META_KEY)).toBe('y'.repeat(43));
  });
});

describe('keys file creation', () => {
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'kc-keys-'));
  });

  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('lets the first of two creators win: the second gets the first one’s secrets, and no temp file is left', () => {
    const path = join(folder, KEYS_FILE_NAME);
    const first = { authSecret: 'a'.repeat(43), auditKeys: [FILE_KEY] };
    const second = { authSecret: 'b'.repeat(43), auditKeys: [Buffer.alloc(32, 9).toString('base64url')] };

    expect(createKeysFileOnce(path, first)).toEqual(first);
    expect(createKeysFileOnce(path, second)).toEqual(first);
    expect(readdirSync(folder)).toEqual([KEYS_FILE_NAME]);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(first);
  });

  it('says how to proceed when DATA_DIR cannot be created', () => {
    // A DATA_DIR below a plain file cannot be created, not even by root.
    writeFileSync(join(folder, 'a-file'), '');
    const attempt = () =>
      createKeysFileOnce(join(folder, 'a-file', 'data', KEYS_FILE_NAME), {
        authSecret: 'a'.repeat(43),
        auditKeys: [FILE_KEY],
      });
    expect(attempt).toThrow(KeysFileError);
    expect(attempt).toThrow(/make DATA_DIR writable, or set AUTH_SECRET and AUDIT_KEY/);
  });
});

const BUILT_KEYS_FILE = fileURLToPath(new URL('../../dist/secrets/keys-file.js', import.meta.url));

// Real processes racing: `npm test` builds first; a bare `vitest run` before any build skips this.
describe.skipIf(!existsSync(BUILT_KEYS_FILE))('keys file created by processes starting at once', () => {
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'kc-keys-race-'));
  });

  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('gives every process the same secrets, from one complete file', async () => {
    const path = join(folder, 'data', KEYS_FILE_NAME);
    // Each process proposes its own random secrets and prints what it ends up with.
    const script = `
      import { randomBytes } from 'node:crypto';
      const { createKeysFileOnce } = await import(${JSON.stringify(pathToFileURL(BUILT_KEYS_FILE).href)});
      const key = () => randomBytes(32).toString('base64url');
      const stored = createKeysFileOnce(${JSON.stringify(path)}, { authSecret: key(), auditKeys: [key()] });
      process.stdout.write(JSON.stringify(stored));
    `;
    const runs = await Promise.all(
      Array.from({ length: 6 }, () => execFileAsync(process.execPath, ['--input-type=module', '-e', script])),
    );
    const seen = new Set(runs.map((run) => run.stdout));
    expect(seen.size).toBe(1);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(JSON.parse(runs[0]?.stdout ?? ''));
    expect(readdirSync(join(folder, 'data'))).toEqual([KEYS_FILE_NAME]);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });
});
