import { jsonArrayFrom as postgresJsonArrayFrom } from 'kysely/helpers/postgres';
import { jsonArrayFrom as sqliteJsonArrayFrom } from 'kysely/helpers/sqlite';
import { dialectOf, type Executor } from '../executor.js';

/**
 * Aggregates a correlated subquery into a JSON array column, so a list reads each row's children
 * (a user's roles) in the same single query instead of one query per row. Kysely has one helper
 * per database; this picks the right one.
 *
 * @param executor - The handle the query runs on (decides the SQL dialect).
 * @param subquery - The child rows, correlated to the outer row.
 * @returns The column expression; read it back with {@link readJsonArray}.
 */
export function jsonArrayFrom<O>(executor: Executor, subquery: Parameters<typeof sqliteJsonArrayFrom<O>>[0]) {
  return dialectOf(executor) === 'postgres' ? postgresJsonArrayFrom(subquery) : sqliteJsonArrayFrom(subquery);
}

/**
 * PostgreSQL's driver parses JSON columns; SQLite hands back the text. Either way: the array.
 *
 * @param value - The aggregated column as the driver returned it.
 * @returns The array.
 */
export function readJsonArray<T>(value: T[] | string): T[] {
  return typeof value === 'string' ? (JSON.parse(value) as T[]) : value;
}
