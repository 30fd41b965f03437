import type { Executor } from '../executor.js';
import { chainAfter, MAX_CHAIN_ATTEMPTS, readChainHead, unplacedContent } from './audit-chain.js';
import type { AuditKey } from './audit-hash.js';
import { toAuditRecord, type AuditEventInput, type AuditEventRecord } from './audit-record.js';

/**
 * Appends one row to the audit chain: reads the last committed row, then writes
 * `seq = last + 1`, `prev_hash = last.hash` and `hash = HMAC(key, prev_hash || canonical JSON)`.
 *
 * Call it with the transaction of the write it describes, so both commit or neither does
 * (SECURITY.md AL-02), and as the write's last statement: until that transaction ends, its seq is
 * taken. Reads use the group commit instead (`AuditWriter`, decision 0013). Given a plain
 * database handle the insert commits on its own.
 *
 * No lock is taken: `seq` is the primary key, and the insert says `on conflict (seq) do nothing`.
 * When another appender holds that seq (PostgreSQL waits for its transaction to end first), the
 * insert writes nothing, raises nothing (so the caller's transaction stays usable), and this reads
 * the new head and chains again. Use PostgreSQL's default READ COMMITTED isolation: each statement
 * then sees every commit made before it started.
 *
 * @param executor - The caller's transaction (or a database handle).
 * @param key - The audit key (decision 0012); never stored in the database.
 * @param event - What happened.
 * @returns The stored row with its seq and hashes.
 * @throws Error when the seq was lost to other appenders too many times in a row.
 */
export async function appendAudit(
  executor: Executor,
  key: AuditKey,
  event: AuditEventInput,
): Promise<AuditEventRecord> {
  const content = unplacedContent(event);
  for (let attempt = 1; attempt <= MAX_CHAIN_ATTEMPTS; attempt += 1) {
    const [row] = chainAfter(key, await readChainHead(executor), [content]);
    if (row === undefined) {
      break;
    }
    const result = await executor
      .insertInto('audit_event')
      .values(row)
      .onConflict((conflict) => conflict.column('seq').doNothing())
      .executeTakeFirst();
    if ((result.numInsertedOrUpdatedRows ?? 0n) > 0n) {
      return toAuditRecord(row);
    }
  }
  throw new Error(`audit append lost the race for a seq ${MAX_CHAIN_ATTEMPTS} times`);
}
