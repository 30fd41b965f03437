import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  appendAudit,
  canonicalAuditJson,
  createDatabase,
  createScratchDatabase,
  type AppDatabase,
  type ScratchDatabase,
} from '@kratom-care/store';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { DATABASE_FILE } from '../../open-database.js';
import { loadServerSecrets } from '../../secrets/server-secrets.js';
import { TEST_TARGETS } from '../../test/auth-fixtures.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../io.js';
import { runCli } from '../run-cli.js';

/** `kratom-care audit verify` with the keys file a zero-configuration install generates (decision 0012). */
describe.each(TEST_TARGETS)('kratom-care audit verify on $kind', (target) => {
  let folder: string;
  let env: Record<string, string>;
  let scratch: ScratchDatabase | null;
  let db: AppDatabase;

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'kratom-care-verify-'));
    // No AUDIT_KEY: the CLI and the writer below both take the key from DATA_DIR/kratom-care.keys.
    env = { DATA_DIR: join(folder, 'data') };
    scratch = null;
    if (target.kind === 'postgres') {
      scratch = await createScratchDatabase(target, { migrate: false });
      if (scratch.config.kind === 'postgres') {
        env.DATABASE_URL = scratch.config.url;
      }
    }
    expect((await cli(['migrate'])).code).toBe(EXIT_OK);
    db = createDatabase(
      env.DATABASE_URL === undefined
        ? { kind: 'sqlite', file: join(env.DATA_DIR ?? '', DATABASE_FILE) }
        : { kind: 'postgres', url: env.DATABASE_URL },
    );
    const { auditKey } = await loadServerSecrets(loadConfig(env, folder), db);
    for (let index = 1; index <= 5; index += 1) {
      await appendAudit(db, auditKey, {
        id: `event-${index}`,
        action: 'patient.read',
        resourceType: 'patient',
        resourceId: 'patient-1',
        patientId: 'patient-1',
        outcome: 'allowed',
        requestId: `req-${index}`,
        clientIp: '127.0.0.1',
      });
    }
  });

  afterEach(async () => {
    await db.destroy();
    await scratch?.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    // The CLI migrates; a scratch schema dropped meanwhile would fail that (see whileSchemasKept).
    const run = (): Promise<number> =>
      runCli(argv, {
        stdout: { write: (text: string) => (stdout += text) },
        stderr: { write: (text: string) => (stderr += text) },
        readStdin: () => Promise.resolve(''),
        env,
        cwd: folder,
      });
    const code = await (scratch === null ? run() : scratch.keep(run));
    return { code, stdout, stderr };
  }

  /** What an attacker with schema rights does first: switch off the append-only triggers. */
  async function disableGuards(): Promise<void> {
    if (target.kind === 'sqlite') {
      await sql`drop trigger audit_event_no_update`.execute(db);
      await sql`drop trigger audit_event_no_delete`.execute(db);
    } else {
      await sql`alter table audit_event disable trigger user`.execute(db);
    }
  }

  it('fails, naming the row, after a row is deleted and every later hash recomputed from the database (defect 4)', async () => {
    expect((await cli(['audit', 'verify'])).stdout).toContain('Audit chain intact: 5 row(s)');
    await disableGuards();
    await sql`delete from audit_event where seq = 3`.execute(db);
    // Renumber and re-chain what follows with the hash the chain used to have, so seq and links are whole.
    const later = await db.selectFrom('audit_event').selectAll().where('seq', '>', 3).orderBy('seq').execute();
    let prevHash = (await db.selectFrom('audit_event').select('hash').where('seq', '=', 2).executeTakeFirstOrThrow())
      .hash;
    for (const row of later) {
      const moved = { ...row, seq: row.seq - 1, prev_hash: prevHash };
      const hash = createHash('sha256').update(prevHash).update(canonicalAuditJson(moved)).digest('hex');
      await sql`update audit_event set seq = ${moved.seq}, prev_hash = ${prevHash}, hash = ${hash} where id = ${row.id}`.execute(
        db,
      );
      prevHash = hash;
    }

    const broken = await cli(['audit', 'verify']);
    expect(broken.code).toBe(EXIT_FAILED);
    expect(broken.stderr).toMatch(/Audit chain broken at row seq 3 \(id event-4\): edited: .*audit key [0-9a-f]{16}/);
    expect(broken.stderr).toContain('2 row(s) before it verified');
  });

  it('prints the head to keep as an anchor, and a later run given it catches rows cut from the end', async () => {
    const intact = await cli(['audit', 'verify']);
    expect(intact.code).toBe(EXIT_OK);
    const anchor = /--anchor (\d+:[0-9a-f]{64})/.exec(intact.stdout)?.[1] ?? '';
    expect(anchor).toMatch(/^5:/);
    expect((await cli(['audit', 'verify', '--anchor', anchor])).code).toBe(EXIT_OK);

    await disableGuards();
    await sql`delete from audit_event where seq >= 4`.execute(db);
    expect((await cli(['audit', 'verify'])).code).toBe(EXIT_OK);
    const cut = await cli(['audit', 'verify', '--anchor', anchor]);
    expect(cut.code).toBe(EXIT_FAILED);
    expect(cut.stderr).toMatch(/Audit chain broken at row seq 3 \(id event-3\): truncated: .*anchor names seq 5/);

    const malformed = await cli(['audit', 'verify', '--anchor', 'latest']);
    expect(malformed.code).toBe(EXIT_USAGE);
    expect(malformed.stderr).toContain('--anchor must be SEQ:HASH');
  });
});
