import { PostgresAdapter, type Kysely } from 'kysely';
import type { DatabaseSchema } from './database-schema.js';

/**
 * What every repository function takes first: the database handle or an open transaction
 * (`Transaction` extends `Kysely`), so a call joins whatever transaction the caller holds.
 */
export type Executor = Kysely<DatabaseSchema>;

/** The two databases the store supports. */
export type Dialect = 'sqlite' | 'postgres';

/**
 * Tells which database an executor talks to, for the few places where SQL must differ
 * (column types in migrations, advisory locks, boolean columns written by better-auth).
 *
 * @param executor - Any Kysely handle or transaction, whatever its schema type.
 * @returns `'postgres'` for the pg driver, otherwise `'sqlite'`.
 */
export function dialectOf(executor: Pick<Kysely<unknown>, 'getExecutor'>): Dialect {
  // getExecutor() is marked internal in Kysely's typings but is the only handle on the adapter
  // that survives into transactions; instanceof keeps the check exact.
  return executor.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/**
 * Runs `fn` inside a transaction: a new one on a database handle, or the caller's own when
 * `executor` already is a transaction (Kysely cannot nest them). The transaction commits when
 * `fn` resolves and rolls back when it throws.
 *
 * @param executor - A database handle or an open transaction.
 * @param fn - The work to run; every query in it must use the executor it receives.
 * @returns What `fn` returns, after the commit.
 */
export async function withTransaction<T>(executor: Executor, fn: (trx: Executor) => Promise<T>): Promise<T> {
  if (executor.isTransaction) {
    return fn(executor);
  }
  return executor.transaction().execute(fn);
}

/** Now as ISO-8601 UTC text with milliseconds, the store's time format. */
export function nowIso(): string {
  return new Date().toISOString();
}
