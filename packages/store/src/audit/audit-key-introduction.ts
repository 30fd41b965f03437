import { appendAudit } from './append-audit.js';
import { auditRowHash, type AuditKey } from './audit-hash.js';
import type { AuditEventRecord } from './audit-record.js';
import type { Executor } from '../executor.js';

/**
 * The action of the row that switches the chain to a new audit key. It is signed with the new key
 * and links to the previous head, so from then on the new key pins every row before it
 * (decision 0012). `resource_id` names the new key, `reason` the key it replaces.
 */
export const AUDIT_KEY_INTRODUCED_ACTION = 'audit.key-introduced';

/**
 * Makes `key` the chain's current key: when the last row is signed with something else (an older
 * key, or the unkeyed hash of rows written before audit keys existed), appends an
 * {@link AUDIT_KEY_INTRODUCED_ACTION} row signed with `key`. Does nothing on an empty chain (its
 * first row will be signed with `key`) or when the head already uses `key`. Run it at start-up,
 * before any request is served; two instances starting at once may both append one, which the
 * verifier accepts.
 *
 * @param executor - The database.
 * @param key - The current audit key.
 * @param at - The time to record.
 * @returns The row appended, or null when none was needed.
 */
export async function introduceAuditKey(
  executor: Executor,
  key: AuditKey,
  at: string,
): Promise<AuditEventRecord | null> {
  const head = await executor.selectFrom('audit_event').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirst();
  if (head === undefined || head.hash === auditRowHash(key, head.prev_hash, head)) {
    return null;
  }
  return appendAudit(executor, key, {
    at,
    action: AUDIT_KEY_INTRODUCED_ACTION,
    resourceType: 'audit-key',
    resourceId: key.id,
    outcome: 'allowed',
    reason: `follows seq ${head.seq}, signed with an earlier audit key or none`,
    requestId: 'start-up',
    clientIp: '',
  });
}
