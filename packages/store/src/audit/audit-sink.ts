import type { Selectable } from 'kysely';
import { runDirect } from '../direct-driver.js';
import { dialectOf, type Dialect, type Executor } from '../executor.js';
import { namedStatement } from '../query-template.js';
import type { AuditEventTable } from '../schema/app-tables.js';
import { readChainHead, type ChainHead } from './audit-chain.js';

/**
 * Where the group commit writes a batch: reads the chain head and inserts chained rows as one
 * atomic commit (all rows or none). An insert that loses the race for a seq must fail with the
 * database's primary-key error, so the writer can chain again.
 */
export interface AuditSink {
  readHead(): Promise<ChainHead>;
  insert(rows: readonly Selectable<AuditEventTable>[]): Promise<void>;
  close(): Promise<void>;
}

/** Every column of an audit row, in the order a batch binds them. */
export const AUDIT_COLUMNS = [
  'seq',
  'id',
  'at',
  'actor_user_id',
  'actor_role',
  'actor_facility_id',
  'action',
  'patient_id',
  'resource_type',
  'resource_id',
  'outcome',
  'break_glass',
  'reason',
  'request_id',
  'client_ip',
  'prev_hash',
  'hash',
] as const satisfies readonly (keyof AuditEventTable)[];

/** The multi-row INSERT for each batch size and dialect, built once. */
const INSERTS = new Map<string, string>();

function insertFor(dialect: Dialect, count: number): string {
  const key = `${dialect}:${count}`;
  let text = INSERTS.get(key);
  if (text === undefined) {
    const width = AUDIT_COLUMNS.length;
    const rows = Array.from({ length: count }, (_, row) => {
      const slots = AUDIT_COLUMNS.map((_column, column) =>
        dialect === 'postgres' ? `$${row * width + column + 1}` : '?',
      );
      return `(${slots.join(', ')})`;
    });
    const sql = `insert into "audit_event" (${AUDIT_COLUMNS.map((column) => `"${column}"`).join(', ')}) values ${rows.join(', ')}`;
    text = dialect === 'postgres' ? namedStatement(sql) : sql;
    INSERTS.set(key, text);
  }
  return text;
}

/**
 * The sink on the app's own Kysely handle: one multi-row INSERT, its own transaction. Used on
 * PostgreSQL (the commit is a round trip; the event loop keeps serving meanwhile) and for a SQLite
 * database only this connection can see (`:memory:`).
 *
 * @param db - The database handle.
 * @returns The sink.
 */
export function kyselyAuditSink(db: Executor): AuditSink {
  return {
    readHead: () => readChainHead(db),
    insert: async (rows) => {
      // Built once per batch size and run on the driver: compiling a batch of 17-column rows
      // through Kysely cost more CPU than the insert itself.
      const parameters = rows.flatMap((row) => AUDIT_COLUMNS.map((column) => row[column]));
      const direct = runDirect(db, insertFor(dialectOf(db), rows.length), parameters);
      if (direct !== null) {
        await direct;
        return;
      }
      await db
        .insertInto('audit_event')
        .values([...rows])
        .execute();
    },
    close: () => Promise.resolve(),
  };
}
