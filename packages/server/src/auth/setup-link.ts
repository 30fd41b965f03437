import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { countMembershipsWithRole, deleteAppMeta, getAppMeta, putAppMeta, type AppDatabase } from '@kratom-care/store';
import type { Clock } from './clock.js';

/**
 * Holds a random nonce while no admin exists. The link's token is an HMAC of it under the auth
 * secret, so every instance (they share the secret) prints the same link, and a copy of the
 * database alone does not yield the token.
 */
export const SETUP_NONCE_META_KEY = 'setup_link_nonce';

/** A token that matched and was used up; give it back with {@link restoreSetupToken} if setup fails. */
export interface UsedSetupToken {
  readonly nonce: string;
}

function tokenFor(secret: string, nonce: string): string {
  return createHmac('sha256', secret).update(`setup-link:${nonce}`).digest('base64url');
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
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
 * On start: while no admin exists, returns the single-use setup token, issuing it on the first
 * start only; every later start, on any instance, returns the same one until it is used. There are
 * no default credentials (SECURITY.md AU-01). Once an admin exists the nonce is removed.
 *
 * @param db - The migrated database.
 * @param clock - For `updated_at`.
 * @param secret - The auth secret, the same on every instance.
 * @returns The token to print in the setup link, or null when setup is done.
 */
export async function issueSetupToken(db: AppDatabase, clock: Clock, secret: string): Promise<string | null> {
  if (await adminExists(db)) {
    await deleteAppMeta(db, SETUP_NONCE_META_KEY);
    return null;
  }
  const fresh = randomBytes(32).toString('base64url');
  // `keep`: of two instances starting at once, the first nonce wins and both print its link.
  await putAppMeta(db, { key: SETUP_NONCE_META_KEY, value: fresh, at: clock().toISOString() }, 'keep');
  const nonce = await getAppMeta(db, SETUP_NONCE_META_KEY);
  return nonce === undefined ? null : tokenFor(secret, nonce);
}

/**
 * Whether a setup token is waiting to be used.
 *
 * @param db - The database.
 * @returns True while the setup link works.
 */
export async function setupPending(db: AppDatabase): Promise<boolean> {
  return (await getAppMeta(db, SETUP_NONCE_META_KEY)) !== undefined && !(await adminExists(db));
}

/**
 * Uses the setup token up. Atomic: of two requests with the same token, on any instances, exactly
 * one gets it.
 *
 * @param db - The database.
 * @param secret - The auth secret.
 * @param token - The token from the link.
 * @returns The used token, or null when it did not match or was already used.
 */
export async function consumeSetupToken(
  db: AppDatabase,
  secret: string,
  token: string,
): Promise<UsedSetupToken | null> {
  const nonce = await getAppMeta(db, SETUP_NONCE_META_KEY);
  if (nonce === undefined || !sameToken(tokenFor(secret, nonce), token)) {
    return null;
  }
  return (await deleteAppMeta(db, SETUP_NONCE_META_KEY, nonce)) ? { nonce } : null;
}

/**
 * Puts a used token back, when creating the admin failed after the token was used: the same link
 * works again.
 *
 * @param db - The database.
 * @param used - What {@link consumeSetupToken} returned.
 * @param clock - For `updated_at`.
 */
export async function restoreSetupToken(db: AppDatabase, used: UsedSetupToken, clock: Clock): Promise<void> {
  await putAppMeta(db, { key: SETUP_NONCE_META_KEY, value: used.nonce, at: clock().toISOString() }, 'keep');
}

/**
 * Removes the setup nonce once an admin exists (made with the link or with the CLI), so the
 * purge job leaves nothing of a finished setup behind.
 *
 * @param db - The database.
 * @returns True when a leftover nonce was removed.
 */
export async function retireSetupToken(db: AppDatabase): Promise<boolean> {
  if ((await getAppMeta(db, SETUP_NONCE_META_KEY)) === undefined || !(await adminExists(db))) {
    return false;
  }
  return deleteAppMeta(db, SETUP_NONCE_META_KEY);
}

/**
 * The link printed on start while no admin exists. The token is in the fragment, so it never
 * reaches a server log.
 *
 * @param publicUrl - The public origin.
 * @param token - The setup token.
 * @returns The URL to open.
 */
export function setupLink(publicUrl: string, token: string): string {
  return `${publicUrl}/setup#token=${token}`;
}
