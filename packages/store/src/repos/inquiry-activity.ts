import { randomBytes } from 'node:crypto';
import type { Executor } from '../executor.js';

let appended = 0;

/**
 * An id that sorts in the order this process appended the entries: a change writes several
 * entries with the same time (a status move, the benefits, the transport), and the log must read
 * back in the order they were written. Milliseconds, a per-process counter, then random bits so
 * instances never collide.
 */
function appendOrderId(): string {
  appended = (appended + 1) % 0x1000000;
  const time = Date.now().toString(16).padStart(12, '0');
  return `${time}-${appended.toString(16).padStart(6, '0')}-${randomBytes(8).toString('hex')}`;
}

/** One entry of a request's activity log. */
export interface InquiryActivityRecord {
  readonly id: string;
  readonly inquiryId: string;
  readonly kind: string;
  readonly text: string | null;
  readonly fromStatus: string | null;
  readonly toStatus: string | null;
  /** Null for the person's own submission. */
  readonly actorUserId: string | null;
  /** The actor's display name, when the log is read. */
  readonly actorName: string | null;
  readonly at: string;
}

/** What {@link appendInquiryActivity} writes. */
export type InquiryActivityInput = Omit<
  InquiryActivityRecord,
  'id' | 'actorName' | 'text' | 'fromStatus' | 'toStatus'
> & {
  readonly text?: string | null;
  readonly fromStatus?: string | null;
  readonly toStatus?: string | null;
};

/**
 * Appends one entry to a request's log (the table is append-only). Write it in the transaction
 * of the change it describes.
 *
 * @param executor - The change's transaction.
 * @param entry - The entry.
 * @returns The stored entry (without the actor's name).
 */
export async function appendInquiryActivity(
  executor: Executor,
  entry: InquiryActivityInput,
): Promise<InquiryActivityRecord> {
  const row = {
    id: appendOrderId(),
    inquiry_id: entry.inquiryId,
    kind: entry.kind,
    text: entry.text ?? null,
    from_status: entry.fromStatus ?? null,
    to_status: entry.toStatus ?? null,
    actor_user_id: entry.actorUserId,
    at: entry.at,
  };
  await executor.insertInto('inquiry_activity').values(row).execute();
  return {
    id: row.id,
    inquiryId: row.inquiry_id,
    kind: row.kind,
    text: row.text,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    actorUserId: row.actor_user_id,
    actorName: null,
    at: row.at,
  };
}

/**
 * A request's whole log, oldest first (entries of the same time in the order they were written),
 * with each actor's name. A request's log is short (the
 * calls and notes of one admission), so it is read in one piece.
 *
 * @param executor - Database or transaction.
 * @param inquiryId - The request.
 * @returns The entries.
 */
export async function listInquiryActivity(executor: Executor, inquiryId: string): Promise<InquiryActivityRecord[]> {
  const rows = await executor
    .selectFrom('inquiry_activity')
    .leftJoin('user', 'user.id', 'inquiry_activity.actor_user_id')
    .select([
      'inquiry_activity.id',
      'inquiry_activity.inquiry_id',
      'inquiry_activity.kind',
      'inquiry_activity.text',
      'inquiry_activity.from_status',
      'inquiry_activity.to_status',
      'inquiry_activity.actor_user_id',
      'inquiry_activity.at',
      'user.name as actor_name',
    ])
    .where('inquiry_activity.inquiry_id', '=', inquiryId)
    .orderBy('inquiry_activity.at', 'asc')
    .orderBy('inquiry_activity.id', 'asc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    inquiryId: row.inquiry_id,
    kind: row.kind,
    text: row.text,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    actorUserId: row.actor_user_id,
    actorName: row.actor_name,
    at: row.at,
  }));
}
