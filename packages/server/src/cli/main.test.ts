import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const BUILT_CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

// `npm test` builds before it runs the unit tests; a bare `vitest run` before any build skips this.
describe.skipIf(!existsSync(BUILT_CLI))('the built kratom-care command', () => {
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'kratom-care-bin-'));
  });

  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  function run(args: string[], input = '') {
    // The parent's DATABASE_URL would point the CLI at the shared server; this test wants its own SQLite file.
    return spawnSync(process.execPath, [BUILT_CLI, ...args], {
      input,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', DATA_DIR: join(folder, 'data') },
      timeout: 30_000,
    });
  }

  // Each command is a real process start (about 1 s) and the admin's password is hashed with scrypt.
  it('creates a facility and an admin reading the password from stdin, and lists them', { timeout: 30_000 }, () => {
    const facility = run(['facility', 'create', '--name', 'Fictional Brook Clinic', '--region', 'Testshire']);
    expect(facility.status, facility.stderr).toBe(0);
    const facilityId = /with id (\S+)/.exec(facility.stdout)?.[1] ?? '';

    const created = run(
      [
        'user',
        'create',
        '--email',
        'admin@example.org',
        '--name',
        'Fictional Admin',
        '--role',
        'admin',
        '--facility',
        facilityId,
      ],
      'a fictional admin passphrase\n',
    );
    expect(created.status, created.stderr).toBe(0);
    expect(created.stdout).not.toContain('passphrase');

    const listed = run(['user', 'list']);
    expect(listed.status).toBe(0);
    expect(listed.stdout).toContain(`admin@example.org\tFictional Admin\tadmin@${facilityId}\tno\tactive`);
  });

  it('exits 2 on a bad argument', () => {
    const result = run(['user', 'create', '--bogus']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Unknown option '--bogus'");
  });
});
