import type { TSessionView } from '@kratom-care/contracts';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROLES } from '@kratom-care/contracts';
import {
  appendAudit,
  createDatabase,
  createScratchDatabase,
  testAuditKey,
  type ScratchDatabase,
} from '@kratom-care/store';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { TEST_CONFIG } from '../test/build-test-app.js';
import { CSRF_HEADERS, TEST_TARGETS } from '../test/auth-fixtures.js';
import { DATABASE_FILE } from '../open-database.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from './io.js';
import { COMMANDS, runCli } from './run-cli.js';

type SignedIn = { session: TSessionView };

const PASSWORD = 'a fictional cli passphrase';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

describe.each(TEST_TARGETS)('kratom-care CLI on $kind', (target) => {
  let folder: string;
  let env: Record<string, string>;
  let scratch: ScratchDatabase | null;

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'kratom-care-cli-'));
    scratch = null;
    env = { DATA_DIR: join(folder, 'data'), AUDIT_KEY: Buffer.from(testAuditKey().secret).toString('base64') };
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

  async function cli(argv: string[], stdin = ''): Promise<Run> {
    let stdout = '';
    let stderr = '';
    // The CLI migrates; a scratch schema dropped meanwhile would fail that (see whileSchemasKept).
    const run = (): Promise<number> =>
      runCli(argv, {
        stdout: { write: (text: string) => (stdout += text) },
        stderr: { write: (text: string) => (stderr += text) },
        readStdin: () => Promise.resolve(stdin),
        env,
        cwd: folder,
      });
    const code = await (scratch === null ? run() : scratch.keep(run));
    return { code, stdout, stderr };
  }

  async function facility(): Promise<string> {
    const run = await cli(['facility', 'create', '--name', 'Fictional Dale Clinic', '--region', 'Testshire']);
    expect(run.code).toBe(EXIT_OK);
    const id = /with id (\S+)/.exec(run.stdout)?.[1];
    expect(id).toBeDefined();
    return id ?? '';
  }

  it('lists the commands for --help (exit 0) and with no arguments (exit 2)', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(EXIT_OK);
    for (const command of COMMANDS) {
      expect(help.stdout).toContain(command.name);
    }
    expect((await cli([])).code).toBe(EXIT_USAGE);
  });

  it('gives every subcommand a --help', async () => {
    for (const command of COMMANDS) {
      const run = await cli([...command.name.split(' '), '--help']);
      expect(run.code, command.name).toBe(EXIT_OK);
      expect(run.stdout).toMatch(new RegExp(`^Usage: kratom-care ${command.name}`));
    }
  });

  it('exits 2 with a clear message on bad arguments', async () => {
    const unknown = await cli(['user', 'delete', 'x@example.org']);
    expect(unknown.code).toBe(EXIT_USAGE);
    expect(unknown.stderr).toContain('unknown command "user delete"');

    const option = await cli(['migrate', '--force']);
    expect(option.code).toBe(EXIT_USAGE);
    expect(option.stderr).toContain("Unknown option '--force'");

    const missing = await cli(['user', 'create', '--email', 'x@example.org', '--role', 'family'], PASSWORD);
    expect(missing.code).toBe(EXIT_USAGE);
    expect(missing.stderr).toContain('--name is required');

    const role = await cli(['user', 'create', '--email', 'x@example.org', '--name', 'X', '--role', 'doctor'], PASSWORD);
    expect(role.code).toBe(EXIT_USAGE);
    expect(role.stderr).toContain('--role: Must be one of patient, family');

    const staff = await cli(
      ['user', 'create', '--email', 'x@example.org', '--name', 'X', '--role', 'clinician'],
      PASSWORD,
    );
    expect(staff.code).toBe(EXIT_USAGE);
    expect(staff.stderr).toContain('--facility is required for the clinician role');

    const short = await cli(
      ['user', 'create', '--email', 'x@example.org', '--name', 'X', '--role', 'family'],
      'short\n',
    );
    expect(short.code).toBe(EXIT_USAGE);
    expect(short.stderr).toContain('password (standard input): Must be at least 12 characters');

    const noFacility = await cli(
      ['user', 'create', '--email', 'x@example.org', '--name', 'X', '--role', 'admin', '--facility', 'nope'],
      PASSWORD,
    );
    expect(noFacility.code).toBe(EXIT_USAGE);
    expect(noFacility.stderr).toContain('no facility has the id nope');
  });

  // Twelve scrypt password hashes (six accounts created, six sign-ins) and an app start.
  it('creates a user for every role, each of whom can then sign in', { timeout: 30_000 }, async () => {
    const facilityId = await facility();
    for (const role of ROLES) {
      const facilityArgs = role === 'family' ? [] : ['--facility', facilityId];
      const run = await cli(
        [
          'user',
          'create',
          '--email',
          `${role}@example.org`,
          '--name',
          `Fictional ${role}`,
          '--role',
          role,
          ...facilityArgs,
        ],
        `${PASSWORD}\n`,
      );
      expect(run.code, run.stderr).toBe(EXIT_OK);
      expect(run.stdout).toContain(`Created ${role} ${role}@example.org`);
    }

    const listed = await cli(['user', 'list']);
    expect(listed.code).toBe(EXIT_OK);
    expect(listed.stdout).toContain(`clinician@example.org\tFictional clinician\tclinician@${facilityId}\tno\tactive`);
    expect(listed.stdout).toContain('family@example.org\tFictional family\tfamily (no facility)\tno\tactive');

    const db = createDatabase(
      env.DATABASE_URL === undefined
        ? { kind: 'sqlite', file: join(env.DATA_DIR ?? '', DATABASE_FILE) }
        : { kind: 'postgres', url: env.DATABASE_URL },
    );
    const app = await createApp({ config: TEST_CONFIG, db });
    try {
      for (const role of ROLES) {
        const response = await app.inject({
          method: 'POST',
          url: '/api/auth/sign-in',
          headers: CSRF_HEADERS,
          payload: { email: `${role}@example.org`, password: PASSWORD },
        });
        expect(response.statusCode, role).toBe(200);
        expect(response.json<SignedIn>().session.roles[0]?.role).toBe(role);
      }
      const patient = await db.selectFrom('patient').selectAll().executeTakeFirstOrThrow();
      expect(patient).toMatchObject({ given_name: 'Fictional', family_name: 'patient', facility_id: facilityId });
    } finally {
      await app.close();
      await db.destroy();
    }
  });

  it('refuses a second account with the same email (exit 1)', async () => {
    const args = ['user', 'create', '--email', 'twice@example.org', '--name', 'Twice', '--role', 'family'];
    expect((await cli(args, PASSWORD)).code).toBe(EXIT_OK);
    const again = await cli(args, PASSWORD);
    expect(again.code).toBe(EXIT_FAILED);
    expect(again.stderr).toContain('An account with this email already exists');
  });

  it('disables a user, and says so when the email is unknown', async () => {
    await cli(['user', 'create', '--email', 'leaving@example.org', '--name', 'Leaving', '--role', 'family'], PASSWORD);
    const run = await cli(['user', 'disable', 'Leaving@Example.org']);
    expect(run.code).toBe(EXIT_OK);
    expect(run.stdout).toContain('Disabled leaving@example.org');
    expect((await cli(['user', 'list'])).stdout).toMatch(/leaving@example\.org\t.*\tdisabled/);

    const unknown = await cli(['user', 'disable', 'nobody@example.org']);
    expect(unknown.code).toBe(EXIT_FAILED);
    expect(unknown.stderr).toContain('No account has the email nobody@example.org');
  });

  it('migrates, then reports the schema up to date', async () => {
    const first = await cli(['migrate']);
    expect(first.code).toBe(EXIT_OK);
    expect(first.stdout).toMatch(/^Applied \d+ migration\(s\): 0001-app-meta/);
    expect((await cli(['migrate'])).stdout).toBe('The database is up to date.\n');
  });

  it('backs up SQLite to a new file, or prints the pg_dump command for PostgreSQL', async () => {
    await cli(['migrate']);
    const run = await cli(['backup', '--to', 'backup.sqlite']);
    expect(run.code).toBe(EXIT_OK);
    if (target.kind === 'postgres') {
      expect(run.stdout).toContain(
        `pg_dump --format=custom --no-owner --file="${join(folder, 'backup.sqlite')}" "$DATABASE_URL"`,
      );
      expect(run.stdout).not.toContain('postgres://');
      return;
    }
    expect(statSync(join(folder, 'backup.sqlite')).size).toBeGreaterThan(0);
    writeFileSync(join(folder, 'taken.sqlite'), '');
    const refused = await cli(['backup', '--to', 'taken.sqlite']);
    expect(refused.code).toBe(EXIT_FAILED);
    expect(refused.stderr).toContain('backup target already exists');
  });

  it('verifies the audit chain, and names the row after one is altered (exit 1)', async () => {
    await cli(['migrate']);
    const db = createDatabase(
      env.DATABASE_URL === undefined
        ? { kind: 'sqlite', file: join(env.DATA_DIR ?? '', DATABASE_FILE) }
        : { kind: 'postgres', url: env.DATABASE_URL },
    );
    try {
      for (const action of ['patient.read', 'patient.update', 'patient.read']) {
        await appendAudit(db, testAuditKey(), {
          action,
          resourceType: 'patient',
          outcome: 'allowed',
          requestId: 'req-1',
          clientIp: '127.0.0.1',
        });
      }
      const intact = await cli(['audit', 'verify']);
      expect(intact.code).toBe(EXIT_OK);
      expect(intact.stdout).toContain('Audit chain intact: 3 row(s)');

      // What an attacker with schema rights does first: switch off the append-only triggers.
      if (target.kind === 'sqlite') {
        await sql`drop trigger audit_event_no_update`.execute(db);
      } else {
        await sql`alter table audit_event disable trigger user`.execute(db);
      }
      await sql`update audit_event set action = 'patient.export' where seq = 2`.execute(db);
      const broken = await cli(['audit', 'verify']);
      expect(broken.code).toBe(EXIT_FAILED);
      expect(broken.stderr).toMatch(/Audit chain broken at row seq 2 \(id [^)]+\): edited/);
    } finally {
      await db.destroy();
    }
  });
});
