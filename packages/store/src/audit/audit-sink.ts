import type { Selectable } from 'kysely';
import type { Executor } from '../executor.js';
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
      await db
        .insertInto('audit_event')
        .values([...rows])
        .execute();
    },
    close: () => Promise.resolve(),
  };
}
