import type { Executor } from '../executor.js';
import { appendAudit } from './append-audit.js';
import { auditRowHash, unkeyedAuditRowHash, type AuditKey } from './audit-hash.js';
import type { AuditEventRecord } from './audit-record.js';

/**
 * The action of the row that switches the chain to a new audit key. It is signed with the new key
 * and links to the previous head, so from then on the new key pins every row before it
 * (decision 0012). `resource_id` names the new key.
 */
export const AUDIT_KEY_INTRODUCED_ACTION = 'audit.key-introduced';

/**
 * The chain's last row is signed with no key the server has: another instance writes with a
 * different `AUDIT_KEY`, a previous key is missing from the keyring, or the row was forged.
 */
export class AuditKeyMismatchError extends Error {
  override readonly name = 'AuditKeyMismatchError';
}

/**
 * Makes the keyring's last key the chain's current key, before the server appends anything.
 * - Empty chain, or the last row already signed with the current key: nothing to do.
 * - Last row signed with an earlier key of the ring, or unkeyed (written before audit keys
 *   existed): appends an {@link AUDIT_KEY_INTRODUCED_ACTION} row signed with the current key.
 * - Anything else: refuses, rather than sign on top of a row it cannot check. Two instances with
 *   different keys on one database are stopped here, at the second one's start.
 * Two instances starting at once may both append an introduction row; the verifier accepts that.
 *
 * @param executor - The database.
 * @param keyring - Every audit key, oldest first; the last is the current one.
 * @param at - The time to record.
 * @returns The row appended, or null when none was needed.
 * @throws AuditKeyMismatchError when the last row is signed with no key of the ring.
 */
export async function introduceAuditKey(
  executor: Executor,
  keyring: readonly AuditKey[],
  at: string,
): Promise<AuditEventRecord | null> {
  const current = keyring.at(-1);
  if (current === undefined) {
    throw new AuditKeyMismatchError('introducing an audit key needs at least one key');
  }
  const head = await executor.selectFrom('audit_event').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirst();
  if (head === undefined || head.hash === auditRowHash(current, head.prev_hash, head)) {
    return null;
  }
  const earlier = keyring.slice(0, -1).find((key) => head.hash === auditRowHash(key, head.prev_hash, head));
  if (earlier === undefined && head.hash !== unkeyedAuditRowHash(head.prev_hash, head)) {
    throw new AuditKeyMismatchError(
      `the audit log's last row (seq ${head.seq}) is signed with none of this server's audit keys ` +
        `(current ${current.id}). Every instance on one database needs the same AUDIT_KEY, and after a ` +
        'rotation the old keys stay in AUDIT_KEY_PREVIOUS or the keys file; if that is all so, run ' +
        '`kratom-care audit verify`: the row may have been tampered with.',
    );
  }
  return appendAudit(executor, current, {
    at,
    action: AUDIT_KEY_INTRODUCED_ACTION,
    resourceType: 'audit-key',
    resourceId: current.id,
    outcome: 'allowed',
    reason: `follows seq ${head.seq}, signed with ${earlier === undefined ? 'no key (an older release)' : `audit key ${earlier.id}`}`,
    requestId: 'start-up',
    clientIp: '',
  });
}
