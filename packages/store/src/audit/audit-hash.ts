import { createHash, createHmac } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { AuditEventTable } from '../schema/app-tables.js';

/** The `prev_hash` of the first row: 64 zeros, the length of a SHA-256 hex digest. */
export const AUDIT_GENESIS_HASH = '0'.repeat(64);

/**
 * The columns covered by the hash, in canonical (sorted) order. Fixed here rather than read from
 * the row, so a column added by a later migration cannot change the hash of existing rows.
 */
const HASHED_COLUMNS = [
  'action',
  'actor_facility_id',
  'actor_role',
  'actor_user_id',
  'at',
  'break_glass',
  'client_ip',
  'id',
  'outcome',
  'patient_id',
  'reason',
  'request_id',
  'resource_id',
  'resource_type',
  'seq',
] as const satisfies readonly (keyof AuditContent)[];

/** Every stored column except the chain fields themselves. */
export type AuditContent = Omit<Selectable<AuditEventTable>, 'prev_hash' | 'hash'>;

/**
 * The row's content as canonical JSON: column names sorted, values as stored (text, integers,
 * null), so both databases and every reader produce the same bytes.
 *
 * @param content - The row; `prev_hash`, `hash` and any column not in the hashed set are ignored.
 * @returns The canonical JSON text.
 */
export function canonicalAuditJson(content: AuditContent): string {
  return JSON.stringify(Object.fromEntries(HASHED_COLUMNS.map((column) => [column, content[column]])));
}

/**
 * The key that makes the chain tamper-evident against someone who can write the database
 * (decision 0012). It never lives in the database: it comes from `AUDIT_KEY` or the server's keys
 * file. Build one with {@link auditKeyFrom}.
 */
export interface AuditKey {
  /** A fingerprint of the secret (16 hex), safe to print and to store; names the key in rotation rows. */
  readonly id: string;
  readonly secret: Uint8Array;
}

/** Audit keys shorter than this are refused: HMAC-SHA-256 is as strong as a 32-byte key. */
export const AUDIT_KEY_MIN_BYTES = 32;

/**
 * @param secret - At least {@link AUDIT_KEY_MIN_BYTES} random bytes.
 * @returns The key with its id.
 * @throws Error when the secret is too short.
 */
export function auditKeyFrom(secret: Uint8Array): AuditKey {
  if (secret.length < AUDIT_KEY_MIN_BYTES) {
    throw new Error(`an audit key needs at least ${AUDIT_KEY_MIN_BYTES} bytes`);
  }
  // The id is itself an HMAC, so printing or storing it reveals nothing about the secret.
  const id = createHmac('sha256', secret).update('kratom-care audit key id').digest('hex').slice(0, 16);
  return { id, secret: Uint8Array.from(secret) };
}

/**
 * The chain hash of one row: `HMAC-SHA-256(key, prev_hash || canonical JSON of the row's content)`,
 * hex. The content includes `seq`, so moving a row is an edit too (decision 0005); the key is not
 * in the database, so whoever can write the database cannot recompute it (decision 0012).
 *
 * @param key - The audit key in force for this row.
 * @param prevHash - The previous row's hash, or {@link AUDIT_GENESIS_HASH} for the first row.
 * @param content - The row's content.
 * @returns 64 lowercase hex characters.
 */
export function auditRowHash(key: AuditKey, prevHash: string, content: AuditContent): string {
  return createHmac('sha256', key.secret).update(prevHash).update(canonicalAuditJson(content)).digest('hex');
}

/**
 * The unkeyed hash rows had before decision 0012: `sha256(prev_hash || canonical JSON)`. Only the
 * verifier uses it, for rows written before the first audit key was introduced.
 *
 * @param prevHash - The previous row's hash.
 * @param content - The row's content.
 * @returns 64 lowercase hex characters.
 */
export function unkeyedAuditRowHash(prevHash: string, content: AuditContent): string {
  return createHash('sha256').update(prevHash).update(canonicalAuditJson(content)).digest('hex');
}
