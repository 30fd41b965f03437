import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { nowIso, type Executor } from '../executor.js';
import type { AuditEventTable } from '../schema/app-tables.js';
import { AUDIT_GENESIS_HASH, auditRowHash, type AuditContent, type AuditKey } from './audit-hash.js';
import type { AuditEventInput } from './audit-record.js';

/*
 * The pieces both appenders share: the single-row append inside a write's transaction
 * (append-audit.ts) and the group commit of reads (audit-writer.ts). Neither takes a lock: `seq`
 * is the primary key, so two appenders that computed the same next seq cannot both commit; the
 * loser re-reads the head and chains again (decision 0013).
 */

/** The last committed row of the chain: where the next row links. */
export interface ChainHead {
  readonly seq: number;
  readonly hash: string;
}

/** The head of an empty chain. */
export const GENESIS_HEAD: ChainHead = { seq: 0, hash: AUDIT_GENESIS_HASH };

/** A row's content before it has a place in the chain. */
export type UnplacedContent = Omit<AuditContent, 'seq'>;

/**
 * A UUIDv7 (RFC 9562 §5.7): the Unix time in milliseconds in the first 48 bits, then version 7,
 * then random bits with the RFC variant. Audit ids are time-ordered so each new row lands at the
 * right edge of the unique index on `id`; a random v4 id dirtied a random page per row, about a
 * third of a read's audit insert. The random part comes from Node's pooled `randomUUID` (whose
 * variant bits are already right): the `uuid` package's v7 asks the OS for entropy on every call,
 * which cost more than the index it saved.
 *
 * @see https://www.rfc-editor.org/rfc/rfc9562#section-5.7
 * @returns A lowercase, hyphenated UUIDv7.
 */
export function timeOrderedUuid(): string {
  const random = randomUUID();
  const millis = Date.now().toString(16).padStart(12, '0');
  // random is xxxxxxxx-xxxx-4xxx-…: keep everything after its version digit.
  return `${millis.slice(0, 8)}-${millis.slice(8)}-7${random.slice(15)}`;
}

/**
 * Fixes everything about an event but its place in the chain: id and time are chosen once, so a
 * retry after a lost race writes the same row at the next seq.
 *
 * @param event - What happened.
 * @returns The content without `seq`.
 */
export function unplacedContent(event: AuditEventInput): UnplacedContent {
  return {
    id: event.id ?? timeOrderedUuid(),
    at: event.at ?? nowIso(),
    actor_user_id: event.actorUserId ?? null,
    actor_role: event.actorRole ?? null,
    actor_facility_id: event.actorFacilityId ?? null,
    action: event.action,
    patient_id: event.patientId ?? null,
    resource_type: event.resourceType,
    resource_id: event.resourceId ?? null,
    outcome: event.outcome,
    break_glass: event.breakGlass === true ? 1 : 0,
    reason: event.reason ?? null,
    request_id: event.requestId,
    client_ip: event.clientIp,
  };
}

/**
 * Places rows after `head`, in order: consecutive seqs, each linking to the one before.
 *
 * @param key - The audit key.
 * @param head - The last committed row.
 * @param contents - The rows to place.
 * @returns The complete rows, ready to insert.
 */
export function chainAfter(
  key: AuditKey,
  head: ChainHead,
  contents: readonly UnplacedContent[],
): Selectable<AuditEventTable>[] {
  let previous = head;
  return contents.map((unplaced) => {
    const content: AuditContent = { ...unplaced, seq: previous.seq + 1 };
    const row = { ...content, prev_hash: previous.hash, hash: auditRowHash(key, previous.hash, content) };
    previous = row;
    return row;
  });
}

/**
 * Reads the last committed row. On PostgreSQL (READ COMMITTED) each statement sees every commit
 * made before it started, so a retry after a lost race sees the winner's rows.
 *
 * @param executor - Database or transaction.
 * @returns The head, or the genesis head for an empty chain.
 */
export async function readChainHead(executor: Executor): Promise<ChainHead> {
  const last = await executor
    .selectFrom('audit_event')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return last ?? GENESIS_HEAD;
}

/**
 * Whether an insert failed because another appender already holds one of its seqs: PostgreSQL's
 * unique violation on the primary key, or SQLite's primary-key constraint.
 *
 * @param error - What the insert threw.
 * @returns True for a lost race on `seq`; false for anything else (which must not be retried blindly).
 */
export function isSeqConflict(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) {
    return false;
  }
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || (code === '23505' && constraint === 'audit_event_pkey');
}

/** How many times an appender chains again after losing the race for a seq before it gives up. */
export const MAX_CHAIN_ATTEMPTS = 50;
