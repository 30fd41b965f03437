import { sql, type Kysely, type Migration } from 'kysely';
import { dialectOf } from '../executor.js';
import { atomically } from './migration-helpers.js';

/**
 * What a signed-in request's principal is read from, and the columns of each that change it. A
 * session's `updatedAt` (its last activity, written once a minute while someone is active) and its
 * client details are left out: they change no principal, and the resolver re-reads a session from
 * the database before it ends one for idleness.
 */
export const PRINCIPAL_SOURCES = [
  { table: 'session', columns: ['id', 'token', 'userId', 'createdAt', 'expiresAt'] },
  { table: 'user', columns: null },
  { table: 'membership', columns: null },
] as const;

/** The PostgreSQL channel every instance listens on for principal changes. */
export const PRINCIPAL_CHANNEL = 'kc_principal_changed';

const OPERATIONS = ['insert', 'update', 'delete'] as const;

function triggerName(table: string, operation: string): string {
  return `${table}_${operation}_principal_change`;
}

function onOperation(operation: (typeof OPERATIONS)[number], columns: readonly string[] | null) {
  return operation === 'update' && columns !== null
    ? sql`update of ${sql.join(columns.map((column) => sql.id(column)))}`
    : sql.raw(operation);
}

/**
 * Lets every app process know when a session, account or membership changes, so each can keep
 * the principals it resolved in memory and drop them the moment one may be stale (decision 0038):
 *
 * - on SQLite, a one-row counter that triggers raise in the writing transaction itself; the
 *   resolver reads it (one indexed read) before it trusts anything it kept, so a change by the
 *   CLI or any other connection is seen by the next request;
 * - on PostgreSQL, a `NOTIFY` on {@link PRINCIPAL_CHANNEL}, sent when the writing transaction
 *   commits, to every instance listening. Channels span a whole database, so the payload names the
 *   schema whose table changed, and a listener heeds only its own.
 */
export const migration0012PrincipalChanges: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await atomically(db, async (trx) => {
      if (dialectOf(trx) === 'sqlite') {
        await trx.schema
          .createTable('principal_generation')
          .addColumn('id', 'integer', (column) => column.primaryKey().check(sql`id = 1`))
          .addColumn('n', 'integer', (column) => column.notNull())
          .execute();
        await sql`insert into principal_generation (id, n) values (1, 0)`.execute(trx);
        for (const { table, columns } of PRINCIPAL_SOURCES) {
          for (const operation of OPERATIONS) {
            await sql`create trigger ${sql.id(triggerName(table, operation))} after ${onOperation(operation, columns)}
              on ${sql.table(table)} begin update principal_generation set n = n + 1 where id = 1; end`.execute(trx);
          }
        }
        return;
      }
      await sql`create or replace function notify_principal_change() returns trigger language plpgsql as $$
        begin perform pg_notify(${sql.lit(PRINCIPAL_CHANNEL)}, tg_table_schema); return null; end $$`.execute(trx);
      for (const { table, columns } of PRINCIPAL_SOURCES) {
        for (const operation of OPERATIONS) {
          await sql`create trigger ${sql.id(triggerName(table, operation))} after ${onOperation(operation, columns)}
            on ${sql.table(table)} for each statement execute function notify_principal_change()`.execute(trx);
        }
      }
    });
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await atomically(db, async (trx) => {
      const sqlite = dialectOf(trx) === 'sqlite';
      for (const { table } of PRINCIPAL_SOURCES) {
        for (const operation of OPERATIONS) {
          await sql`drop trigger if exists ${sql.id(triggerName(table, operation))}${sqlite ? sql`` : sql` on ${sql.table(table)}`}`.execute(
            trx,
          );
        }
      }
      if (sqlite) {
        await trx.schema.dropTable('principal_generation').execute();
      } else {
        await sql`drop function if exists notify_principal_change()`.execute(trx);
      }
    });
  },
};
