import { createHash } from 'node:crypto';
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
 * The chain hash of one row: `sha256(prev_hash || canonical JSON of the row's content)`, hex.
 * The content includes `seq`, so moving a row is an edit too (decision 0005).
 *
 * @param prevHash - The previous row's hash, or {@link AUDIT_GENESIS_HASH} for the first row.
 * @param content - The row's content.
 * @returns 64 lowercase hex characters.
 */
export function auditRowHash(prevHash: string, content: AuditContent): string {
  return createHash('sha256').update(prevHash).update(canonicalAuditJson(content)).digest('hex');
}
