import type { Executor } from '../executor.js';
import { AUDIT_GENESIS_HASH, auditRowHash } from './audit-hash.js';

/**
 * How the chain broke at the named row:
 * - `edited`: the row sits right after its predecessor and links to it (`prev_hash` equals the
 *   predecessor's hash, `seq` is the predecessor's + 1), but its own hash does not recompute: a
 *   column of this row was changed after it was written.
 * - `deleted`: `seq` skips numbers before this row and its `prev_hash` does not link to the row
 *   before the gap: the rows in the gap were removed. The first row must be seq 1 and link to
 *   the genesis hash, so deleting the head is caught the same way.
 * - `inserted`: any other break. The row does not link to its predecessor although no seq is
 *   missing, or it links but skips seq numbers the writer would have used: it was not written by
 *   `appendAudit` in this place (a forged row, or a row placed after one that was rewritten
 *   with a recomputed hash).
 * Removing rows from the end leaves a valid shorter chain; catching that needs an external
 * anchor of the head hash (SECURITY.md AL-03), which the `ok` result returns for that purpose.
 */
export type AuditChainProblem = 'edited' | 'deleted' | 'inserted';

/** The verifier's answer. On failure it names the first bad row and how many rows passed before it. */
export type AuditVerification =
  | { readonly ok: true; readonly count: number; readonly headSeq: number; readonly headHash: string }
  | {
      readonly ok: false;
      readonly seq: number;
      readonly id: string;
      readonly problem: AuditChainProblem;
      readonly detail: string;
      readonly count: number;
    };

const BATCH = 500;

/**
 * Walks the audit chain in seq order and reports the first row that was edited, deleted or
 * inserted (see {@link AuditChainProblem}). Reads in batches, so memory stays flat on long logs.
 *
 * @param executor - Database or transaction.
 * @returns `{ ok: true, count, headSeq, headHash }` (headSeq 0 and the genesis hash when empty), or
 *   the first problem.
 */
export async function verifyAuditChain(executor: Executor): Promise<AuditVerification> {
  let previous = { seq: 0, hash: AUDIT_GENESIS_HASH };
  let count = 0;
  for (;;) {
    const rows = await executor
      .selectFrom('audit_event')
      .selectAll()
      .where('seq', '>', previous.seq)
      .orderBy('seq')
      .limit(BATCH)
      .execute();
    for (const row of rows) {
      const gap = row.seq !== previous.seq + 1;
      const links = row.prev_hash === previous.hash;
      const recomputes = row.hash === auditRowHash(row.prev_hash, row);
      if (!gap && links && recomputes) {
        previous = { seq: row.seq, hash: row.hash };
        count += 1;
        continue;
      }
      const failure = { ok: false as const, seq: row.seq, id: row.id, count };
      if (gap && !links) {
        const missing = `${previous.seq + 1}–${row.seq - 1}`;
        return { ...failure, problem: 'deleted', detail: `rows ${missing} before this row are missing` };
      }
      if (!gap && links) {
        return { ...failure, problem: 'edited', detail: 'the hash no longer matches the row content' };
      }
      const detail = gap
        ? `seq jumps from ${previous.seq} to ${row.seq} while the row links to seq ${previous.seq}`
        : `prev_hash does not match the hash of seq ${previous.seq}`;
      return { ...failure, problem: 'inserted', detail };
    }
    if (rows.length < BATCH) {
      return { ok: true, count, headSeq: previous.seq, headHash: previous.hash };
    }
  }
}
