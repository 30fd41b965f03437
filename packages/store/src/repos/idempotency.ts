import type { Selectable } from 'kysely';
import { nowIso, type Executor } from '../executor.js';
import type { IdempotencyKeyTable } from '../schema/app-tables.js';

/** The stored answer to a create request, replayed when the same `Idempotency-Key` comes again. */
export interface IdempotencyRecord {
  readonly userId: string;
  readonly key: string;
  readonly route: string;
  /** A hash of the request body, so a reused key with a different body can be refused. */
  readonly requestHash: string;
  readonly statusCode: number;
  readonly responseBody: string;
  readonly createdAt: string;
}

function toRecord(row: Selectable<IdempotencyKeyTable>): IdempotencyRecord {
  return {
    userId: row.user_id,
    key: row.key,
    route: row.route,
    requestHash: row.request_hash,
    statusCode: row.status_code,
    responseBody: row.response_body,
    createdAt: row.created_at,
  };
}

/**
 * @param executor - Database or transaction.
 * @param userId - The caller; keys are per user.
 * @param key - The `Idempotency-Key` header.
 * @returns The stored answer, or undefined when the key is new.
 */
export async function getIdempotencyRecord(
  executor: Executor,
  userId: string,
  key: string,
): Promise<IdempotencyRecord | undefined> {
  const row = await executor
    .selectFrom('idempotency_key')
    .selectAll()
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .executeTakeFirst();
  return row === undefined ? undefined : toRecord(row);
}

/**
 * Stores the answer to a create request. Write it in the same transaction as the create, so the
 * record and its answer commit together. A key already stored is left untouched; on `false`
 * roll the transaction back and replay the stored answer instead.
 *
 * @param executor - Database or transaction.
 * @param record - The answer; `createdAt` defaults to now.
 * @returns True when stored, false when the key was already taken (the caller lost a race).
 */
export async function putIdempotencyRecord(
  executor: Executor,
  record: Omit<IdempotencyRecord, 'createdAt'> & { readonly createdAt?: string },
): Promise<boolean> {
  const result = await executor
    .insertInto('idempotency_key')
    .values({
      user_id: record.userId,
      key: record.key,
      route: record.route,
      request_hash: record.requestHash,
      status_code: record.statusCode,
      response_body: record.responseBody,
      created_at: record.createdAt ?? nowIso(),
    })
    .onConflict((conflict) => conflict.columns(['user_id', 'key']).doNothing())
    .executeTakeFirst();
  return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
}

/**
 * Fills in the answer of a key claimed earlier in the same transaction with
 * {@link putIdempotencyRecord}: the claim keeps concurrent requests out while the create runs.
 *
 * @param executor - The transaction that claimed the key.
 * @param userId - The caller.
 * @param key - The `Idempotency-Key` header.
 * @param responseBody - The answer, as JSON.
 */
export async function completeIdempotencyRecord(
  executor: Executor,
  userId: string,
  key: string,
  responseBody: string,
): Promise<void> {
  await executor
    .updateTable('idempotency_key')
    .set({ response_body: responseBody })
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .execute();
}

/**
 * Gives up a key claimed earlier in the same transaction whose create failed, so the same key can
 * be tried again (a failed create stores no answer to replay).
 *
 * @param executor - The transaction that claimed the key.
 * @param userId - The caller.
 * @param key - The `Idempotency-Key` header.
 */
export async function releaseIdempotencyRecord(executor: Executor, userId: string, key: string): Promise<void> {
  await executor.deleteFrom('idempotency_key').where('user_id', '=', userId).where('key', '=', key).execute();
}
