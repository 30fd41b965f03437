import { createHash } from 'node:crypto';
import { getIdempotencyRecord, putIdempotencyRecord, type Executor } from '@kratom-care/store';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../errors.js';

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
export async function findReplay(
  trx: Executor,
  scope: { userId: string; key: string; route: string; body: unknown },
): Promise<Replay> {
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
  scope: { userId: string; key: string; route: string; body: unknown; statusCode: number; response: unknown },
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

function bodyHash(body: unknown): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}
