import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The e2e server's `DATA_DIR`. Playwright evaluates the config in the runner and again in every
 * worker; the first evaluation makes the folder and leaves its path in the environment, which the
 * workers inherit, so the CLI that seeds accounts writes to the database the server reads.
 *
 * @returns The absolute path of the temporary folder.
 */
export function e2eDataDir(): string {
  const existing = process.env.KRATOM_CARE_E2E_DATA_DIR;
  if (existing !== undefined && existing !== '') {
    return existing;
  }
  const created = mkdtempSync(join(tmpdir(), 'kratom-care-e2e-'));
  process.env.KRATOM_CARE_E2E_DATA_DIR = created;
  return created;
}

/**
 * The e2e server's `DATABASE_URL` when the run proves PostgreSQL too (`DATABASE_URL` set): a fresh
 * schema of that database for this run, so the browser journeys never meet an earlier run's rows
 * or an audit chain signed with another run's key (each run's keys file lives in its own
 * `DATA_DIR`). Made once, like {@link e2eDataDir}; `e2e/core/serve.mjs` creates the schema before
 * the server starts.
 *
 * @returns The schema-scoped URL, or undefined to use SQLite in `DATA_DIR`.
 */
export function e2eDatabaseUrl(): string | undefined {
  const existing = process.env.KRATOM_CARE_E2E_DATABASE_URL;
  if (existing !== undefined && existing !== '') {
    return existing;
  }
  const server = process.env.DATABASE_URL?.trim() ?? '';
  if (server === '') {
    return undefined;
  }
  const scoped = new URL(server);
  scoped.searchParams.set('options', `-c search_path=kc_e2e_${randomBytes(6).toString('hex')}`);
  process.env.KRATOM_CARE_E2E_DATABASE_URL = scoped.toString();
  return scoped.toString();
}
