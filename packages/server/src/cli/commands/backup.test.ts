import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  appendAudit,
  createDatabase,
  createScratchDatabase,
  verifyAuditChain,
  type ScratchDatabase,
} from '@kratom-care/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { DATABASE_FILE } from '../../open-database.js';
import { KEYS_FILE_NAME, readKeysFile } from '../../secrets/keys-file.js';
import { loadServerSecrets } from '../../secrets/server-secrets.js';
import { TEST_TARGETS } from '../../test/auth-fixtures.js';
import { EXIT_OK } from '../io.js';
import { runCli } from '../run-cli.js';

/** Decision 0012: the keys file is never part of a backup, and the backup says so. */
describe.each(TEST_TARGETS)('kratom-care backup and the keys on $kind', (target) => {
  let folder: string;
  let env: Record<string, string>;
  let scratch: ScratchDatabase | null;

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'kratom-care-backup-'));
    env = { DATA_DIR: join(folder, 'data') };
    scratch = null;
    if (target.kind === 'postgres') {
      scratch = await createScratchDatabase(target, { migrate: false });
      if (scratch.config.kind === 'postgres') {
        env.DATABASE_URL = scratch.config.url;
      }
    }
  });

  afterEach(async () => {
    await scratch?.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  async function cli(argv: string[]): Promise<{ code: number; stdout: string }> {
    let stdout = '';
    // The CLI migrates; a scratch schema dropped meanwhile would fail that (see whileSchemasKept).
    const run = (): Promise<number> =>
      runCli(argv, {
        stdout: { write: (text: string) => (stdout += text) },
        stderr: { write: () => undefined },
        readStdin: () => Promise.resolve(''),
        env,
        cwd: folder,
      });
    const code = await (scratch === null ? run() : scratch.keep(run));
    return { code, stdout };
  }

  it('leaves the keys file out of the backup, says where it is, and the backup verifies with the keys kept apart', async () => {
    expect((await cli(['migrate'])).code).toBe(EXIT_OK);
    const db = createDatabase(
      env.DATABASE_URL === undefined
        ? { kind: 'sqlite', file: join(env.DATA_DIR ?? '', DATABASE_FILE) }
        : { kind: 'postgres', url: env.DATABASE_URL },
    );
    const keysFile = join(env.DATA_DIR ?? '', KEYS_FILE_NAME);
    try {
      const secrets = await loadServerSecrets(loadConfig(env, folder), db);
      await appendAudit(db, secrets.auditKey, {
        action: 'patient.read',
        resourceType: 'patient',
        outcome: 'allowed',
        requestId: 'req-1',
        clientIp: '127.0.0.1',
      });
    } finally {
      await db.destroy();
    }
    const keys = readKeysFile(keysFile);
    expect(keys).not.toBeNull();

    const run = await cli(['backup', '--to', 'backup.sqlite']);
    expect(run.code).toBe(EXIT_OK);
    expect(run.stdout).toContain(`The keys are NOT in this backup. Back up ${keysFile}`);
    if (target.kind === 'postgres') {
      // pg_dump copies the database only; the keys file is not in it.
      return;
    }
    // The backup is one file; nothing else was written next to it, and no key is inside it.
    expect(readdirSync(folder).sort()).toEqual(['backup.sqlite', 'data']);
    const bytes = readFileSync(join(folder, 'backup.sqlite'));
    for (const secret of [keys?.authSecret ?? '', ...(keys?.auditKeys ?? [])]) {
      expect(bytes.includes(Buffer.from(secret))).toBe(false);
      expect(bytes.includes(Buffer.from(secret, 'base64url'))).toBe(false);
    }
    // Restored elsewhere, it verifies with the keys kept apart.
    const copy = createDatabase({ kind: 'sqlite', file: join(folder, 'backup.sqlite') });
    try {
      const restored = loadConfig({ DATA_DIR: join(folder, 'restored'), AUDIT_KEY: keys?.auditKeys[0] ?? '' }, folder);
      const { auditKeyring } = await loadServerSecrets({ ...restored, authSecret: keys?.authSecret ?? '' }, copy);
      expect(await verifyAuditChain(copy, auditKeyring)).toMatchObject({ ok: true, count: 1 });
    } finally {
      await copy.destroy();
    }
  });
});
