import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendAudit, createDatabase, type AppDatabase } from '@kratom-care/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { DATABASE_FILE } from '../../open-database.js';
import { KEYS_FILE_NAME, readKeysFile } from '../../secrets/keys-file.js';
import { loadServerSecrets } from '../../secrets/server-secrets.js';
import { EXIT_FAILED, EXIT_OK } from '../io.js';
import { runCli } from '../run-cli.js';

/** Rotating the audit key of a zero-configuration install (decision 0012), on SQLite. */
describe('kratom-care keys rotate-audit-key', () => {
  let folder: string;
  let env: Record<string, string>;
  let db: AppDatabase;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'kratom-care-rotate-'));
    env = { DATA_DIR: join(folder, 'data'), NODE_ENV: 'test', LOG_LEVEL: 'silent' };
  });

  afterEach(async () => {
    await db.destroy();
    rmSync(folder, { recursive: true, force: true });
  });

  async function cli(argv: string[], extraEnv: Record<string, string> = {}) {
    let stdout = '';
    let stderr = '';
    const code = await runCli(argv, {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      readStdin: () => Promise.resolve(''),
      env: { ...env, ...extraEnv },
      cwd: folder,
    });
    return { code, stdout, stderr };
  }

  it('adds a key after the old one; the next start introduces it and verify passes with both', async () => {
    expect((await cli(['migrate'])).code).toBe(EXIT_OK);
    db = createDatabase({ kind: 'sqlite', file: join(env.DATA_DIR ?? '', DATABASE_FILE) });
    const config = loadConfig(env, folder);
    const before = await loadServerSecrets(config, db);
    await appendAudit(db, before.auditKey, {
      action: 'patient.read',
      resourceType: 'patient',
      outcome: 'allowed',
      requestId: 'req-1',
      clientIp: '127.0.0.1',
    });

    const rotated = await cli(['keys', 'rotate-audit-key']);
    expect(rotated.code, rotated.stderr).toBe(EXIT_OK);
    const path = join(env.DATA_DIR ?? '', KEYS_FILE_NAME);
    const after = await loadServerSecrets(config, db);
    expect(rotated.stdout).toContain(`Added audit key ${after.auditKey.id}`);
    expect(after.auditKeyring.map((key) => key.id)).toEqual([before.auditKey.id, after.auditKey.id]);
    expect(after.authSecret).toBe(before.authSecret);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readKeysFile(path)?.auditKeys).toHaveLength(2);
    // Not started yet with the new key: the head is signed with the old one.
    expect((await cli(['audit', 'verify'])).stderr).toContain('stale-head');

    const app = await createApp({ config, db });
    await app.close();
    const verified = await cli(['audit', 'verify']);
    expect(verified.code, verified.stderr).toBe(EXIT_OK);
    expect(verified.stdout).toContain(`Audit chain intact: 2 row(s)`);
    expect(verified.stdout).toContain(`audit key ${after.auditKey.id}`);
  });

  it('sends a deployment with AUDIT_KEY set to its environment instead', async () => {
    db = createDatabase({ kind: 'sqlite', file: ':memory:' });
    const run = await cli(['keys', 'rotate-audit-key'], { AUDIT_KEY: Buffer.alloc(32, 5).toString('base64') });
    expect(run.code).toBe(EXIT_FAILED);
    expect(run.stderr).toContain('AUDIT_KEY is set');
  });
});
