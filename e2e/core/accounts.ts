import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { e2eDatabaseUrl, e2eDataDir } from './data-dir';

const CLI = fileURLToPath(new URL('../../packages/server/dist/cli/main.js', import.meta.url));

/** The role names of `kratom-care user create --role`. */
export type SeedRole = 'patient' | 'family' | 'clinician' | 'admissions' | 'admin' | 'privacy-officer';

/** An account made for one test. */
export interface SeededUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly password: string;
}

/** Runs the real CLI against the e2e server's database, the way an operator would. */
function cli(args: readonly string[], stdin = ''): string {
  return execFileSync(process.execPath, [CLI, ...args], {
    input: stdin,
    encoding: 'utf8',
    env: {
      ...process.env,
      DATA_DIR: e2eDataDir(),
      DATABASE_URL: e2eDatabaseUrl() ?? '',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
    },
  });
}

/** @returns A short random tag, so every test's emails and names are its own. */
export function uniqueTag(): string {
  return randomBytes(4).toString('hex');
}

/**
 * `kratom-care facility create`.
 *
 * @param name - The facility's name.
 * @returns Its id.
 */
export function seedFacility(name: string): string {
  const out = cli(['facility', 'create', '--name', name, '--region', 'Test County']);
  const id = /with id (\S+)/.exec(out)?.[1];
  if (id === undefined) {
    throw new Error(`facility create printed no id: ${out}`);
  }
  return id;
}

/**
 * `kratom-care user create`, the password on standard input.
 *
 * @param role - The role.
 * @param name - The person's (fictional) name.
 * @param facilityId - Required for staff roles.
 * @returns The account, with its password.
 */
export function seedUser(role: SeedRole, name: string, facilityId?: string): SeededUser {
  const tag = uniqueTag();
  const email = `${role}-${tag}@example.test`;
  const password = `correct horse ${tag} battery`;
  const args = ['user', 'create', '--email', email, '--name', name, '--role', role];
  const out = cli(facilityId === undefined ? args : [...args, '--facility', facilityId], `${password}\n`);
  const id = /\(user id ([^)\s]+)\)/.exec(out)?.[1];
  if (id === undefined) {
    throw new Error(`user create printed no id: ${out}`);
  }
  return { id, email, name, password };
}
