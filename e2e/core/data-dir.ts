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
