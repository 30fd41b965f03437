import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, createScratchDatabase, type ScratchDatabase } from '@kratom-care/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_FACILITIES } from '../../care-network/demo-network.js';
import { addDemoNetwork } from '../../care-network/seed-demo-network.js';
import { DATABASE_FILE } from '../../open-database.js';
import { TEST_TARGETS } from '../../test/auth-fixtures.js';
import { EXIT_OK } from '../io.js';
import { runCli } from '../run-cli.js';

describe.each(TEST_TARGETS)('kratom-care demo-network remove on $kind', (target) => {
  let folder: string;
  let env: Record<string, string>;
  let scratch: ScratchDatabase | null;

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'kratom-care-demo-'));
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

  async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr?: string }> {
    let stdout = '';
    let stderr = '';
    const run = (): Promise<number> =>
      runCli(argv, {
        stdout: { write: (text: string) => (stdout += text) },
        stderr: { write: (text: string) => (stderr += text) },
        readStdin: () => Promise.resolve(''),
        env,
        cwd: folder,
      });
    const code = await (scratch === null ? run() : scratch.keep(run));
    // A failing command's own words join the answer, so a failed assertion shows them (it failed
    // once on PostgreSQL with no output).
    return code === EXIT_OK ? { code, stdout } : { code, stdout, stderr };
  }

  async function withDatabase(fn: (db: ReturnType<typeof createDatabase>) => Promise<void>): Promise<void> {
    const db = createDatabase(
      env.DATABASE_URL === undefined
        ? { kind: 'sqlite', file: join(env.DATA_DIR ?? '', DATABASE_FILE) }
        : { kind: 'postgres', url: env.DATABASE_URL },
    );
    try {
      await fn(db);
    } finally {
      await db.destroy();
    }
  }

  it('removes the demo network and says how many facilities went', async () => {
    expect((await cli(['migrate'])).code).toBe(EXIT_OK);
    await withDatabase((db) => addDemoNetwork(db, new Date('2027-03-01T12:00:00.000Z')).then(() => undefined));
    expect(await cli(['demo-network', 'remove'])).toEqual({
      code: EXIT_OK,
      stdout: `Removed ${DEMO_FACILITIES.length} demo facilities.\n`,
    });
    await withDatabase(async (db) => {
      const left = await db.selectFrom('facility').select('id').where('demo', '=', 1).execute();
      expect(left).toEqual([]);
    });
    expect((await cli(['demo-network', 'remove'])).stdout).toBe('Removed 0 demo facilities.\n');
    expect((await cli(['demo-network', 'remove', '--help'])).stdout).toMatch(/^Usage: kratom-care demo-network remove/);
  });
});
