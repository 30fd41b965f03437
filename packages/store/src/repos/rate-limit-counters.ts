import type { Executor } from '../executor.js';

/** A key's current window: hits counted in it and when it ends (ISO-8601 UTC). */
export interface RateLimitWindow {
  readonly hits: number;
  readonly windowEndsAt: string;
}

/**
 * Counts one hit for a key, in one atomic statement, so instances sharing the database share the
 * count. A window starts at the key's first hit and lasts `windowMs`; the first hit after it ends
 * starts a new one (the same rule as @fastify/rate-limit's in-memory store).
 *
 * @param executor - Database or transaction.
 * @param hit - The key, the window length and now.
 * @returns The window after this hit.
 */
export async function hitRateLimit(
  executor: Executor,
  hit: { readonly key: string; readonly windowMs: number; readonly at: Date },
): Promise<RateLimitWindow> {
  const now = hit.at.toISOString();
  const freshEnd = new Date(hit.at.getTime() + hit.windowMs).toISOString();
  const row = await executor
    .insertInto('rate_limit_counter')
    .values({ key: hit.key, hits: 1, window_ends_at: freshEnd })
    .onConflict((conflict) =>
      conflict.column('key').doUpdateSet((eb) => {
        // Both SET expressions read the row as it was before this statement, on either database.
        const ended = eb('rate_limit_counter.window_ends_at', '<=', now);
        return {
          hits: eb
            .case()
            .when(ended)
            .then(1)
            .else(eb('rate_limit_counter.hits', '+', 1))
            .end(),
          window_ends_at: eb.case().when(ended).then(freshEnd).else(eb.ref('rate_limit_counter.window_ends_at')).end(),
        };
      }),
    )
    .returning(['hits', 'window_ends_at'])
    .executeTakeFirstOrThrow();
  return { hits: row.hits, windowEndsAt: row.window_ends_at };
}

/**
 * Reads a key's window without counting.
 *
 * @param executor - Database or transaction.
 * @param key - The key.
 * @param at - Now.
 * @returns The open window, or undefined when the key has none.
 */
export async function readRateLimit(executor: Executor, key: string, at: Date): Promise<RateLimitWindow | undefined> {
  const row = await executor
    .selectFrom('rate_limit_counter')
    .select(['hits', 'window_ends_at'])
    .where('key', '=', key)
    .where('window_ends_at', '>', at.toISOString())
    .executeTakeFirst();
  return row === undefined ? undefined : { hits: row.hits, windowEndsAt: row.window_ends_at };
}
