import type { Kysely } from 'kysely';
import { dialectOf } from '../../executor.js';
import { makeAppendOnly, oneOf } from '../migration-helpers.js';

const OUTCOMES = ['allowed', 'denied', 'not-found', 'error'];

/**
 * The hash-chained audit log (decision 0005, SECURITY.md AL-03). `seq` is assigned by the writer
 * as the previous seq + 1 under a lock, never by a sequence: PostgreSQL sequences skip numbers on
 * rollback, and a gap must mean a deleted row.
 *
 * @param db - The migration handle.
 * @returns When the table, its indexes and its append-only triggers exist.
 */
export async function createAuditTable(db: Kysely<unknown>): Promise<void> {
  const seqType = dialectOf(db) === 'postgres' ? 'bigint' : 'integer';
  await db.schema
    .createTable('audit_event')
    .addColumn('seq', seqType, (column) => column.primaryKey())
    .addColumn('id', 'text', (column) => column.notNull().unique())
    .addColumn('at', 'text', (column) => column.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('actor_role', 'text')
    .addColumn('actor_facility_id', 'text')
    .addColumn('action', 'text', (column) => column.notNull())
    .addColumn('patient_id', 'text')
    .addColumn('resource_type', 'text', (column) => column.notNull())
    .addColumn('resource_id', 'text')
    .addColumn('outcome', 'text', (column) => column.notNull())
    .addColumn('break_glass', 'integer', (column) => column.notNull())
    .addColumn('reason', 'text')
    .addColumn('request_id', 'text', (column) => column.notNull())
    .addColumn('client_ip', 'text', (column) => column.notNull())
    .addColumn('prev_hash', 'text', (column) => column.notNull())
    .addColumn('hash', 'text', (column) => column.notNull())
    .addCheckConstraint('audit_event_outcome_check', oneOf('outcome', OUTCOMES))
    .addCheckConstraint('audit_event_break_glass_check', oneOf('break_glass', [0, 1]))
    .execute();
  await db.schema.createIndex('audit_event_patient_idx').on('audit_event').columns(['patient_id', 'seq']).execute();
  await db.schema.createIndex('audit_event_actor_idx').on('audit_event').columns(['actor_user_id', 'seq']).execute();
  await db.schema.createIndex('audit_event_at_idx').on('audit_event').column('at').execute();
  await db.schema.createIndex('audit_event_action_idx').on('audit_event').columns(['action', 'seq']).execute();
  await makeAppendOnly(db, 'audit_event');
}
