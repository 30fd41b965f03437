import { createHash, randomBytes } from 'node:crypto';
import { countMembershipsWithRole, deleteAppMeta, getAppMeta, putAppMeta, type AppDatabase } from '@kratom-care/store';
import type { Clock } from './clock.js';

/** Holds the SHA-256 of the one-time setup token while no admin exists. */
export const SETUP_TOKEN_META_KEY = 'setup_token_sha256';

function sha256(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Whether any admin membership exists.
 *
 * @param db - The database.
 * @returns True once the first admin has been created.
 */
export async function adminExists(db: AppDatabase): Promise<boolean> {
  return (await countMembershipsWithRole(db, 'admin')) > 0;
}

/**
 * On start: while no admin exists, mints a fresh single-use setup token and stores only its hash,
 * replacing any earlier one; once an admin exists, removes the token. There are no default
 * credentials (SECURITY.md AU-01).
 *
 * @param db - The migrated database.
 * @param clock - For `updated_at`.
 * @returns The token to print in the setup link, or null when setup is done.
 */
export async function issueSetupToken(db: AppDatabase, clock: Clock): Promise<string | null> {
  if (await adminExists(db)) {
    await deleteAppMeta(db, SETUP_TOKEN_META_KEY);
    return null;
  }
  const token = randomBytes(32).toString('base64url');
  await putAppMeta(db, { key: SETUP_TOKEN_META_KEY, value: sha256(token), at: clock().toISOString() }, 'replace');
  return token;
}

/**
 * Whether a setup token is waiting to be used.
 *
 * @param db - The database.
 * @returns True while the setup link works.
 */
export async function setupPending(db: AppDatabase): Promise<boolean> {
  return (await getAppMeta(db, SETUP_TOKEN_META_KEY)) !== undefined && !(await adminExists(db));
}

/**
 * Uses the setup token up. Atomic: of two requests with the same token, exactly one succeeds.
 *
 * @param db - The database.
 * @param token - The token from the link.
 * @returns True when the token matched and is now gone.
 */
export async function consumeSetupToken(db: AppDatabase, token: string): Promise<boolean> {
  return deleteAppMeta(db, SETUP_TOKEN_META_KEY, sha256(token));
}

/**
 * Puts a consumed token back, when creating the admin failed after the token was used.
 *
 * @param db - The database.
 * @param token - The token.
 * @param clock - For `updated_at`.
 */
export async function restoreSetupToken(db: AppDatabase, token: string, clock: Clock): Promise<void> {
  await putAppMeta(db, { key: SETUP_TOKEN_META_KEY, value: sha256(token), at: clock().toISOString() }, 'keep');
}

/**
 * The link printed on first start. The token is in the fragment, so it never reaches a server log.
 *
 * @param publicUrl - The public origin.
 * @param token - The setup token.
 * @returns The URL to open.
 */
export function setupLink(publicUrl: string, token: string): string {
  return `${publicUrl}/setup#token=${token}`;
}
