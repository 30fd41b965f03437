import { sql, type Kysely, type RawBuilder } from 'kysely';
import { dialectOf } from '../executor.js';

/**
 * Runs a migration body atomically. Kysely wraps migrations in a transaction on PostgreSQL but
 * not on SQLite, where a failure halfway would leave half the tables behind and block the retry.
 *
 * @param db - The handle the migrator passed to `up`/`down`.
 * @param body - The schema changes.
 * @returns When the changes are committed.
 */
export async function atomically(db: Kysely<unknown>, body: (db: Kysely<unknown>) => Promise<void>): Promise<void> {
  if (db.isTransaction) {
    await body(db);
    return;
  }
  await db.transaction().execute(body);
}

/**
 * A CHECK expression limiting a column to fixed values. Literals, not parameters: PostgreSQL
 * accepts no bind parameters in DDL. The values are constants from the migration itself.
 *
 * @param column - The column name.
 * @param values - The allowed values.
 * @returns `column in ('a', 'b', …)`.
 */
export function oneOf(column: string, values: readonly (string | number)[]): RawBuilder<unknown> {
  return sql`${sql.ref(column)} in (${sql.join(values.map((value) => sql.lit(value)))})`;
}

/**
 * Makes a table refuse UPDATE and DELETE (and TRUNCATE on PostgreSQL), SECURITY.md AL-03 and
 * P2-03. Rows can only be added; tampering needs schema rights and is then caught by the
 * audit-chain verifier.
 *
 * @param db - The migration handle.
 * @param table - The table to protect.
 * @returns When the triggers exist.
 */
export async function makeAppendOnly(db: Kysely<unknown>, table: string): Promise<void> {
  if (dialectOf(db) === 'sqlite') {
    const message = sql.lit(`${table} is append-only`);
    for (const operation of ['update', 'delete'] as const) {
      await sql`create trigger ${sql.id(`${table}_no_${operation}`)} before ${sql.raw(operation)} on ${sql.table(table)}
        begin select raise(abort, ${message}); end`.execute(db);
    }
    return;
  }
  await sql`create or replace function reject_append_only_change() returns trigger language plpgsql as $$
    begin raise exception '% is append-only', tg_table_name; end $$`.execute(db);
  await sql`create trigger ${sql.id(`${table}_append_only`)} before update or delete on ${sql.table(table)}
    for each row execute function reject_append_only_change()`.execute(db);
  await sql`create trigger ${sql.id(`${table}_no_truncate`)} before truncate on ${sql.table(table)}
    for each statement execute function reject_append_only_change()`.execute(db);
}
