import { createHash } from 'node:crypto';
import { ZApiError } from '@kratom-care/contracts';
import {
  completeIdempotencyRecord,
  getIdempotencyRecord,
  putIdempotencyRecord,
  releaseIdempotencyRecord,
  type Executor,
} from '@kratom-care/store';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';

/*
 * One mechanism for every create (issue 8): the client sends an `Idempotency-Key` per user action
 * and reuses it on retry. Keys are per user. The same key with the same body to the same route
 * answers what the first request answered, and nothing is created twice; the same key with another
 * body answers 422; a concurrent request holding the key answers 409 (retry it for the replay).
 */

/** The error answers a route that takes `Idempotency-Key` adds to its OpenAPI responses. */
export const IDEMPOTENT_RESPONSES = { 400: ZApiError, 409: ZApiError, 422: ZApiError } as const;

const KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,100}$/;

/**
 * The request's `Idempotency-Key`.
 *
 * @param request - The request.
 * @returns The key.
 * @throws AppError INVALID_QUERY when it is missing or malformed.
 */
export function idempotencyKey(request: FastifyRequest): string {
  const key = request.headers['idempotency-key'];
  if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
    throw new AppError('INVALID_QUERY', 'Send an Idempotency-Key header (8 to 100 letters, digits, - _ . :)', [
      { path: ['headers', 'idempotency-key'], message: 'Required: 8 to 100 letters, digits, - _ . :' },
    ]);
  }
  return key;
}

/** A stored answer to replay, or nothing stored yet. */
export type Replay = { readonly statusCode: number; readonly body: unknown } | undefined;

/**
 * Looks the key up: a replay when the same user sent the same body to the same route before.
 *
 * @param trx - The request's transaction.
 * @param scope - User, key, route and the validated body.
 * @returns The stored answer, or undefined for a new key.
 * @throws AppError IDEMPOTENCY_KEY_REUSED when the key was used with another body or route.
 */
export async function findReplay(trx: Executor, scope: IdempotencyScope): Promise<Replay> {
  const stored = await getIdempotencyRecord(trx, scope.userId, scope.key);
  if (stored === undefined) {
    return undefined;
  }
  if (stored.route !== scope.route || stored.requestHash !== bodyHash(scope.body)) {
    throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used for a different request');
  }
  return { statusCode: stored.statusCode, body: JSON.parse(stored.responseBody) as unknown };
}

/**
 * Stores the answer in the same transaction as the create.
 *
 * @param trx - The request's transaction.
 * @param scope - User, key, route, body and the answer.
 * @throws AppError CONFLICT when a concurrent request took the key first (the caller retries and gets the replay).
 */
export async function storeReplay(
  trx: Executor,
  scope: IdempotencyScope & { readonly statusCode: number; readonly response: unknown },
): Promise<void> {
  const stored = await putIdempotencyRecord(trx, {
    userId: scope.userId,
    key: scope.key,
    route: scope.route,
    requestHash: bodyHash(scope.body),
    statusCode: scope.statusCode,
    responseBody: JSON.stringify(scope.response),
  });
  if (!stored) {
    throw new AppError('CONFLICT', 'The same request is already being processed; retry it');
  }
}

/** Who sent which key to which route with which body. */
export interface IdempotencyScope {
  readonly userId: string;
  readonly key: string;
  /** The method and path, with the ids of the path, so a key cannot replay another record's answer. */
  readonly route: string;
  readonly body: unknown;
}

/**
 * Runs a create at most once per key, in the caller's transaction: a replay returns the stored
 * answer without running `create`; otherwise the key is claimed first (a concurrent request with
 * the same key fails with 409 before anything is written), `create` runs, and its answer is
 * stored with it. When `create` throws, the claim is given up, so the key can be tried again.
 *
 * @param trx - The request's transaction (the create must write through it).
 * @param scope - User, key, route, body and the status code to replay.
 * @param create - Makes the record and returns the answer to send (and to replay).
 * @returns The answer, and whether it was a replay.
 * @throws AppError IDEMPOTENCY_KEY_REUSED (422) for another body, CONFLICT (409) for a concurrent request.
 */
export async function createOnce<T>(
  trx: Executor,
  scope: IdempotencyScope & { readonly statusCode: number },
  create: () => Promise<T>,
): Promise<{ readonly value: T; readonly replayed: boolean }> {
  const replay = await findReplay(trx, scope);
  if (replay !== undefined) {
    return { value: replay.body as T, replayed: true };
  }
  await storeReplay(trx, { ...scope, response: null });
  let value: T;
  try {
    value = await create();
  } catch (error) {
    // Inside withPatientAccess a refusal still commits its audit row: the claim must not commit with it.
    await releaseIdempotencyRecord(trx, scope.userId, scope.key);
    throw error;
  }
  await completeIdempotencyRecord(trx, scope.userId, scope.key, JSON.stringify(value));
  return { value, replayed: false };
}

/**
 * {@link createOnce} for a create that cannot run in one transaction with its key (better-auth
 * writes accounts through its own connection, and mail cannot be rolled back): a replay returns the
 * stored answer; otherwise `create` runs and its answer is stored afterwards. Two requests racing
 * with one key may both run `create`; the data's own uniqueness keeps that from making two records
 * (one account per email, one live invitation per person), and the loser answers 409.
 *
 * @param db - The database (not a transaction).
 * @param scope - User, key, route, body and the status code to replay.
 * @param create - Makes the record and returns the answer to send (and to replay).
 * @returns The answer, and whether it was a replay.
 * @throws AppError IDEMPOTENCY_KEY_REUSED (422) for another body, CONFLICT (409) for a lost race.
 */
export async function createOnceOutsideTransaction<T>(
  db: Executor,
  scope: IdempotencyScope & { readonly statusCode: number },
  create: () => Promise<T>,
): Promise<{ readonly value: T; readonly replayed: boolean }> {
  const replay = await findReplay(db, scope);
  if (replay !== undefined) {
    return { value: replay.body as T, replayed: true };
  }
  const value = await create();
  await storeReplay(db, { ...scope, response: value });
  return { value, replayed: false };
}

function bodyHash(body: unknown): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}
