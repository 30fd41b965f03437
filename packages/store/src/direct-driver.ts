import type SqliteDatabase from 'better-sqlite3';
import type pg from 'pg';
import type { Executor } from './executor.js';

/**
 * The driver under a database handle this package opened, for the hot path's compiled queries
 * (`QueryTemplate`). Kysely's executor costs far more CPU than the point reads it runs: a chain of
 * promises, the connection provider, the SQLite connection mutex and the result transformation,
 * about as much again as the statement itself on SQLite (a patient read's two statements: ≈ 27 µs
 * raw, ≈ 52 µs through Kysely on the development VM).
 */
export type Driver =
  | {
      readonly kind: 'sqlite';
      readonly connection: SqliteDatabase.Database;
      readonly prepare: (text: string) => SqliteDatabase.Statement;
    }
  | { readonly kind: 'postgres'; readonly pool: pg.Pool };

/** Only the handles createDatabase returned: a transaction or any other derived handle is not in here. */
const DRIVERS = new WeakMap<object, Driver>();

/**
 * Records the driver behind a handle createDatabase opened.
 *
 * @param db - The Kysely handle.
 * @param driver - Its driver.
 */
export function registerDriver(db: object, driver: Driver): void {
  DRIVERS.set(db, driver);
}

/**
 * @param db - A handle.
 * @returns The driver behind it when createDatabase opened it, else undefined.
 */
export function driverOf(db: object): Driver | undefined {
  return DRIVERS.get(db);
}

/**
 * Runs a compiled statement on the driver directly, with the same result Kysely would give, or
 * returns null when it must go through Kysely:
 *
 * - on a transaction (or any handle this package did not open), whose statements must run on the
 *   transaction's own connection, in order;
 * - on SQLite while a transaction is open on the (single) connection: Kysely's mutex makes a
 *   statement outside it wait for its end, whereas running now would read its uncommitted rows.
 *   With no transaction open, Kysely would run the statement at once on the same connection, as
 *   this does (better-sqlite3 is synchronous), so both read the same committed state.
 *
 * On PostgreSQL a pool connection is taken and given back as Kysely does (released normally even
 * after an error, where `pool.query` would discard the connection).
 *
 * @param executor - The handle the caller was given.
 * @param sql - The SQL text, or on PostgreSQL a query config naming a prepared statement.
 * @param parameters - The bound values.
 * @returns The rows, or null when the caller must use Kysely.
 */
export function runDirect<O>(executor: Executor, sql: string, parameters: readonly unknown[]): Promise<O[]> | null {
  const driver = DRIVERS.get(executor);
  if (driver === undefined || executor.isTransaction) {
    return null;
  }
  if (driver.kind === 'sqlite') {
    if (driver.connection.inTransaction) {
      return null;
    }
    // The executor runs now, in this same synchronous step as the check above; a throw rejects.
    return new Promise((resolve) => {
      resolve(onConnection<O>(driver.prepare, sql, parameters));
    });
  }
  return onPool<O>(driver.pool, sql, parameters);
}

function onConnection<O>(
  prepare: (text: string) => SqliteDatabase.Statement,
  sql: string,
  parameters: readonly unknown[],
): O[] {
  const statement = prepare(sql);
  if (!statement.reader) {
    statement.run(parameters);
    return [];
  }
  return statement.all(parameters) as O[];
}

async function onPool<O>(pool: pg.Pool, sql: string, parameters: readonly unknown[]): Promise<O[]> {
  const client = await pool.connect();
  try {
    const result = await client.query<O & pg.QueryResultRow>(sql as unknown as pg.QueryConfig, [...parameters]);
    return result.rows;
  } finally {
    client.release();
  }
}
