import { auditKeyFrom, type AppDatabase, type AuditKey } from '@kratom-care/store';
import { forgetLegacyAuthSecret, legacyAuthSecret } from '../auth/auth-secret.js';
import type { AppConfig } from '../config.js';
import { decodeKey, generateKey } from './key-material.js';
import { createKeysFileOnce, keysFilePath, KeysFileError, readKeysFile, type KeysFileContents } from './keys-file.js';

/**
 * The secrets the server runs with. None of them is in the database (decision 0012): a copy of
 * the database or of a backup can neither forge a session cookie, nor decrypt TOTP secrets, nor
 * recompute the audit chain.
 */
export interface ServerSecrets {
  /** Signs session cookies; better-auth also encrypts TOTP secrets and backup codes with it. */
  readonly authSecret: string;
  /** Keys the audit chain: every new audit row is signed with it. */
  readonly auditKey: AuditKey;
  /** Every audit key the chain was written with, oldest first, ending with {@link auditKey}; for `audit verify`. */
  readonly auditKeyring: readonly AuditKey[];
  /** The keys file in use, or null when both secrets come from the environment. */
  readonly keysFile: string | null;
}

function toAuditKey(encoded: string): AuditKey {
  const bytes = decodeKey(encoded);
  if (bytes === null) {
    // The config and the keys file schema both validate first; this guards a programming error.
    throw new KeysFileError('an audit key is not base64 of at least 32 bytes');
  }
  return auditKeyFrom(bytes);
}

function keysFileContents(config: AppConfig, path: string, legacy: string | undefined): KeysFileContents | null {
  if (config.authSecret !== undefined && config.auditKey !== undefined) {
    return null;
  }
  // The first start after an upgrade seeds the file with the secret an older release kept in the
  // database, so existing sessions and TOTP secrets keep working.
  return (
    readKeysFile(path) ?? createKeysFileOnce(path, { authSecret: legacy ?? generateKey(), auditKeys: [generateKey()] })
  );
}

/**
 * Loads the server's secrets. `AUTH_SECRET` and `AUDIT_KEY` (with `AUDIT_KEY_PREVIOUS`) win; what
 * is not set comes from the keys file `DATA_DIR/kratom-care.keys`, which is generated on the first
 * start (mode 0600) and refused when group or others may read it. When an older release left the
 * generated auth secret in `app_meta`, it moves into the new keys file and is deleted from the
 * database. The server and the CLI call this, so both use the same keys.
 *
 * @param config - The app config.
 * @param db - The migrated database.
 * @returns The secrets.
 * @throws KeysFileError when the keys file is unsafe, malformed or cannot be created, or disagrees
 *   with the auth secret still in the database.
 */
export async function loadServerSecrets(config: AppConfig, db: AppDatabase): Promise<ServerSecrets> {
  const path = keysFilePath(config.dataDir);
  const legacy = await legacyAuthSecret(db);
  const file = keysFileContents(config, path, legacy);
  const authSecret = config.authSecret ?? file?.authSecret ?? '';
  if (legacy !== undefined) {
    if (config.authSecret === undefined && legacy !== authSecret) {
      throw new KeysFileError(
        `the database still holds the auth secret an older release generated, and ${path} holds another one. ` +
          'If this database was just upgraded, move that keys file away and start again, so the secret ' +
          'moves into a new keys file; existing sessions and TOTP secrets need the database one.',
      );
    }
    // Unused (AUTH_SECRET wins) or now safe in the keys file: either way it must not stay beside the data.
    await forgetLegacyAuthSecret(db, legacy);
  }
  const encoded =
    config.auditKey === undefined ? (file?.auditKeys ?? []) : [...(config.auditKeysPrevious ?? []), config.auditKey];
  const auditKeyring = encoded.map(toAuditKey);
  const auditKey = auditKeyring.at(-1);
  if (auditKey === undefined || authSecret === '') {
    throw new KeysFileError('no auth secret or audit key was loaded');
  }
  return { authSecret, auditKey, auditKeyring, keysFile: file === null ? null : path };
}
