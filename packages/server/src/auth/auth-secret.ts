import { randomBytes } from 'node:crypto';
import { getAppMeta, putAppMeta, type AppDatabase } from '@kratom-care/store';
import type { Clock } from './clock.js';

/** The `app_meta` key that holds the generated secret when `AUTH_SECRET` is not set. */
export const AUTH_SECRET_META_KEY = 'auth_secret';

/**
 * Returns the secret that signs session cookies and encrypts TOTP secrets. `AUTH_SECRET` wins;
 * otherwise 32 random bytes are generated on the first start and kept in `app_meta`, so sessions
 * survive restarts without any setup. Two processes starting at once agree on one value.
 *
 * @param db - The migrated database.
 * @param configured - `AUTH_SECRET`, when set.
 * @param clock - For `updated_at`.
 * @returns The secret.
 */
export async function resolveAuthSecret(
  db: AppDatabase,
  configured: string | undefined,
  clock: Clock,
): Promise<string> {
  if (configured !== undefined) {
    return configured;
  }
  const generated = randomBytes(32).toString('base64url');
  await putAppMeta(db, { key: AUTH_SECRET_META_KEY, value: generated, at: clock().toISOString() }, 'keep');
  const stored = await getAppMeta(db, AUTH_SECRET_META_KEY);
  if (stored === undefined) {
    throw new Error('the auth secret was not stored');
  }
  return stored;
}
