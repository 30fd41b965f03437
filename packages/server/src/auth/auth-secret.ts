import { deleteAppMeta, getAppMeta, type AppDatabase } from '@kratom-care/store';

/**
 * The `app_meta` key where releases before decision 0012 kept the generated auth secret. Nothing
 * writes it any more: the secret now lives in the keys file (secrets/), and the first start after
 * an upgrade moves it there, so existing sessions and TOTP secrets keep working.
 */
export const AUTH_SECRET_META_KEY = 'auth_secret';

/**
 * @param db - The migrated database.
 * @returns The auth secret an older release generated into the database, if it is still there.
 */
export async function legacyAuthSecret(db: AppDatabase): Promise<string | undefined> {
  return getAppMeta(db, AUTH_SECRET_META_KEY);
}

/**
 * Deletes the legacy auth secret from the database, once it is safe elsewhere (or unused).
 *
 * @param db - The migrated database.
 * @param value - The value read earlier; a concurrent change is left alone.
 */
export async function forgetLegacyAuthSecret(db: AppDatabase, value: string): Promise<void> {
  await deleteAppMeta(db, AUTH_SECRET_META_KEY, value);
}
