import type { Selectable } from 'kysely';
import type { Executor } from '../executor.js';
import type { AuditEventTable } from '../schema/app-tables.js';
import { AUDIT_GENESIS_HASH, auditRowHash, unkeyedAuditRowHash, type AuditKey } from './audit-hash.js';
import { AUDIT_KEY_INTRODUCED_ACTION } from './audit-key-introduction.js';

/**
 * How the chain broke at the named row:
 * - `edited`: the row sits right after its predecessor and links to it (`prev_hash` equals the
 *   predecessor's hash, `seq` is the predecessor's + 1), but its own hash does not recompute
 *   under the audit key in force: a column of this row was changed after it was written, or the
 *   whole chain from here on was recomputed by someone without the key.
 * - `deleted`: `seq` skips numbers before this row and its `prev_hash` does not link to the row
 *   before the gap: the rows in the gap were removed. The first row must be seq 1 and link to
 *   the genesis hash, so deleting the head is caught the same way.
 * - `inserted`: any other break. The row does not link to its predecessor although no seq is
 *   missing, or it links but skips seq numbers the writer would have used: it was not written by
 *   `appendAudit` in this place.
 * - `stale-head`: every row verifies, but the last one is not signed with the current audit key.
 *   Rows after the key was introduced were removed, or the chain was rewritten without a key.
 * - `truncated`: every row verifies, but the chain ends before the seq of the anchor the caller
 *   kept from an earlier run: rows were cut from the end.
 * - `anchor-mismatch`: the row at the anchor's seq has another hash than the anchor.
 *
 * Because the hash is keyed (decision 0012), deleting or editing rows and recomputing every later
 * hash from the database's own data is caught at the first recomputed row. Removing rows from the
 * end still leaves a valid shorter chain; catching that needs an external anchor of the head hash
 * (SECURITY.md AL-03): the `ok` result returns the head for that purpose, and a later run given
 * it as {@link AuditAnchor} fails `truncated` or `anchor-mismatch`.
 */
export type AuditChainProblem = 'edited' | 'deleted' | 'inserted' | 'stale-head' | 'truncated' | 'anchor-mismatch';

/** A head (seq and hash) kept outside the database from an earlier verification. */
export interface AuditAnchor {
  readonly seq: number;
  readonly hash: string;
}

/** The verifier's answer. On failure it names the first bad row and how many rows passed before it. */
export type AuditVerification =
  | {
      readonly ok: true;
      readonly count: number;
      readonly headSeq: number;
      readonly headHash: string;
      /** The id of the audit key the head is signed with; null for an empty chain. */
      readonly headKeyId: string | null;
    }
  | {
      readonly ok: false;
      readonly seq: number;
      readonly id: string;
      readonly problem: AuditChainProblem;
      readonly detail: string;
      readonly count: number;
    };

/**
 * The audit keys a verifier knows, oldest first; the last is the current one. A single key is a
 * ring of one. Older keys are needed for the rows written before each rotation (decision 0012).
 */
export type AuditKeyring = AuditKey | readonly AuditKey[];

const BATCH = 500;

/** Which key signs the rows at this point of the walk: an index into the ring, or -1 before any key. */
type KeyState = number;
const UNKEYED: KeyState = -1;

type AuditRow = Selectable<AuditEventTable>;

function hashUnder(keys: readonly AuditKey[], state: KeyState, row: AuditRow): string {
  const key = keys[state];
  return key === undefined ? unkeyedAuditRowHash(row.prev_hash, row) : auditRowHash(key, row.prev_hash, row);
}

/**
 * The key state after this row, or null when its hash does not recompute. A key changes only at a
 * row that introduces a later key of the ring and is signed by it; the first row of a chain that
 * never had unkeyed rows may start with any key. Unkeyed rows are accepted only before the first
 * keyed row, so the first keyed row pins every unkeyed row before it.
 */
function nextState(keys: readonly AuditKey[], state: KeyState, row: AuditRow): KeyState | null {
  if (row.action === AUDIT_KEY_INTRODUCED_ACTION) {
    const introduced = keys.findIndex((key) => key.id === row.resource_id);
    if (introduced > state && row.hash === hashUnder(keys, introduced, row)) {
      return introduced;
    }
  }
  if (row.hash === hashUnder(keys, state, row)) {
    return state;
  }
  if (row.seq === 1 && state === UNKEYED) {
    const first = keys.findIndex((key) => row.hash === auditRowHash(key, row.prev_hash, row));
    return first === -1 ? null : first;
  }
  return null;
}

function editedDetail(keys: readonly AuditKey[], state: KeyState, row: AuditRow): string {
  if (row.action === AUDIT_KEY_INTRODUCED_ACTION && !keys.some((key) => key.id === row.resource_id)) {
    return `the row introduces audit key ${String(row.resource_id)}, which this verifier was not given`;
  }
  const under = keys[state]?.id ?? 'the unkeyed hash of rows written before the first audit key';
  return `the hash does not match the row content under ${state === UNKEYED ? under : `audit key ${under}`}`;
}

/**
 * Walks the audit chain in seq order and reports the first row that was edited, deleted or
 * inserted (see {@link AuditChainProblem}). Reads in batches, so memory stays flat on long logs.
 *
 * @param executor - Database or transaction.
 * @param keyring - The audit key, or every key the chain was written with, oldest first.
 * @param anchor - A head kept from an earlier run; the chain must still contain it.
 * @returns `{ ok: true, count, headSeq, headHash, headKeyId }` (headSeq 0 and the genesis hash
 *   when empty), or the first problem.
 * @throws Error when the keyring is empty.
 */
export async function verifyAuditChain(
  executor: Executor,
  keyring: AuditKeyring,
  anchor?: AuditAnchor,
): Promise<AuditVerification> {
  const keys: readonly AuditKey[] = Array.isArray(keyring) ? keyring : [keyring as AuditKey];
  if (keys.length === 0) {
    throw new Error('verifying the audit chain needs at least one audit key');
  }
  let previous = { seq: 0, hash: AUDIT_GENESIS_HASH, id: '' };
  let state: KeyState = UNKEYED;
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
      const next = nextState(keys, state, row);
      if (!gap && links && next !== null) {
        if (anchor?.seq === row.seq && anchor.hash !== row.hash) {
          const detail = `the row's hash ${row.hash} is not the anchor's ${anchor.hash}`;
          return { ok: false, seq: row.seq, id: row.id, problem: 'anchor-mismatch', detail, count };
        }
        previous = { seq: row.seq, hash: row.hash, id: row.id };
        state = next;
        count += 1;
        continue;
      }
      const failure = { ok: false as const, seq: row.seq, id: row.id, count };
      if (gap && !links) {
        const missing = `${previous.seq + 1}–${row.seq - 1}`;
        return { ...failure, problem: 'deleted', detail: `rows ${missing} before this row are missing` };
      }
      if (!gap && links) {
        return { ...failure, problem: 'edited', detail: editedDetail(keys, state, row) };
      }
      const detail = gap
        ? `seq jumps from ${previous.seq} to ${row.seq} while the row links to seq ${previous.seq}`
        : `prev_hash does not match the hash of seq ${previous.seq}`;
      return { ...failure, problem: 'inserted', detail };
    }
    if (rows.length < BATCH) {
      break;
    }
  }
  if (anchor !== undefined && anchor.seq > previous.seq) {
    const detail = `the chain ends at seq ${previous.seq}, but the anchor names seq ${anchor.seq}: rows were cut from the end`;
    return { ok: false, seq: previous.seq, id: previous.id, problem: 'truncated', detail, count };
  }
  const current = keys.length - 1;
  if (count > 0 && state !== current) {
    const signedWith = state === UNKEYED ? 'no audit key' : `audit key ${keys[state]?.id ?? ''}`;
    return {
      ok: false,
      seq: previous.seq,
      id: previous.id,
      problem: 'stale-head',
      detail:
        `the last row is signed with ${signedWith}, not the current audit key ${keys[current]?.id ?? ''}: ` +
        'rows after it were removed, or the server has not yet started with the current key',
      count,
    };
  }
  return {
    ok: true,
    count,
    headSeq: previous.seq,
    headHash: previous.hash,
    headKeyId: count === 0 ? null : (keys[state]?.id ?? null),
  };
}
