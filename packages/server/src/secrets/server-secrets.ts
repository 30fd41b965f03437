import { hkdfSync } from 'node:crypto';
import { auditKeyFrom, type AppDatabase, type AuditKey } from '@kratom-care/store';
import { resolveAuthSecret } from '../auth/auth-secret.js';
import type { Clock } from '../auth/clock.js';
import type { AppConfig } from '../config.js';
import { decodeKey, KEY_BYTES } from './key-material.js';

/** The secrets the server runs with; none of them is stored in the database (decision 0012). */
export interface ServerSecrets {
  /** Signs session cookies; better-auth also derives the key that encrypts TOTP secrets from it. */
  readonly authSecret: string;
  /** Keys the audit hash chain. */
  readonly auditKey: AuditKey;
  /** Every audit key the chain was written with, oldest first, ending with {@link auditKey}. */
  readonly auditKeyring: readonly AuditKey[];
}

/**
 * Loads the server's secrets.
 *
 * @param config - The app config.
 * @param db - The migrated database.
 * @param clock - For timestamps.
 * @returns The secrets.
 */
export async function loadServerSecrets(config: AppConfig, db: AppDatabase, clock: Clock): Promise<ServerSecrets> {
  const authSecret = await resolveAuthSecret(db, config.authSecret, clock);
  // Interim: derived from the auth secret when AUDIT_KEY is unset, until the keys file lands.
  const configured = config.auditKey === undefined ? null : decodeKey(config.auditKey);
  const auditKey = auditKeyFrom(
    configured ?? Buffer.from(hkdfSync('sha256', authSecret, 'kratom-care', 'audit key', KEY_BYTES)),
  );
  return { authSecret, auditKey, auditKeyring: [auditKey] };
}
