import { sql, type Kysely, type Migration, type SqlBool } from 'kysely';
import { dialectOf } from '../executor.js';
import { atomically } from './migration-helpers.js';

/** An index that serves one list: its equality filters first, then its sort columns (issue 8 §5). */
interface ListIndex {
  readonly name: string;
  readonly table: string;
  readonly columns: readonly string[];
  /** The index of 0003 this one makes redundant (its columns are a prefix of ours). */
  readonly replaces?: string;
}

/**
 * Every list filter with its sort order, so a page reads `limit + 1` index entries whatever the
 * table's size. The audit search sorts by time (`at`, then `seq`), so each filter is followed by
 * `at, seq`; on SQLite `seq` is the rowid and would be implied, PostgreSQL needs it spelled out.
 */
const LIST_INDEXES: readonly ListIndex[] = [
  { name: 'audit_event_at_seq_idx', table: 'audit_event', columns: ['at', 'seq'], replaces: 'audit_event_at_idx' },
  {
    name: 'audit_event_actor_at_idx',
    table: 'audit_event',
    columns: ['actor_user_id', 'at', 'seq'],
    replaces: 'audit_event_actor_idx',
  },
  {
    name: 'audit_event_patient_at_idx',
    table: 'audit_event',
    columns: ['patient_id', 'at', 'seq'],
    replaces: 'audit_event_patient_idx',
  },
  {
    name: 'audit_event_action_at_idx',
    table: 'audit_event',
    columns: ['action', 'at', 'seq'],
    replaces: 'audit_event_action_idx',
  },
  { name: 'audit_event_actor_facility_at_idx', table: 'audit_event', columns: ['actor_facility_id', 'at', 'seq'] },
  {
    name: 'disclosure_patient_time_idx',
    table: 'disclosure',
    columns: ['patient_id', 'occurred_at', 'id'],
    replaces: 'disclosure_patient_idx',
  },
  {
    name: 'consent_patient_time_idx',
    table: 'consent',
    columns: ['patient_id', 'created_at', 'id'],
    replaces: 'consent_patient_idx',
  },
  {
    name: 'patient_facility_name_idx',
    table: 'patient',
    columns: ['facility_id', 'family_name', 'id'],
    replaces: 'patient_facility_idx',
  },
  {
    name: 'care_team_patient_time_idx',
    table: 'care_team',
    columns: ['patient_id', 'created_at', 'clinician_user_id'],
  },
];

/** The 0003 definitions of the replaced indexes, for `down`. */
const REPLACED: Readonly<Record<string, { table: string; columns: string[] }>> = {
  audit_event_at_idx: { table: 'audit_event', columns: ['at'] },
  audit_event_actor_idx: { table: 'audit_event', columns: ['actor_user_id', 'seq'] },
  audit_event_patient_idx: { table: 'audit_event', columns: ['patient_id', 'seq'] },
  audit_event_action_idx: { table: 'audit_event', columns: ['action', 'seq'] },
  disclosure_patient_idx: { table: 'disclosure', columns: ['patient_id', 'occurred_at'] },
  consent_patient_idx: { table: 'consent', columns: ['patient_id'] },
  break_glass_review_idx: { table: 'break_glass', columns: ['reviewed_at', 'started_at'] },
  patient_facility_idx: { table: 'patient', columns: ['facility_id', 'family_name'] },
};

/**
 * The privacy officer's break-glass queue: a facility's grants waiting for review (or reviewed),
 * oldest first. One partial index per state, because an `IS NULL` condition in a plain index does
 * not let PostgreSQL read the following columns in order.
 */
async function createBreakGlassQueueIndexes(db: Kysely<unknown>): Promise<void> {
  for (const [name, reviewed] of [
    ['break_glass_unreviewed_idx', sql<SqlBool>`reviewed_at is null`],
    ['break_glass_reviewed_idx', sql<SqlBool>`reviewed_at is not null`],
  ] as const) {
    await db.schema
      .createIndex(name)
      .on('break_glass')
      .columns(['facility_id', 'started_at', 'id'])
      .where(reviewed)
      .execute();
  }
  await db.schema.dropIndex('break_glass_review_idx').execute();
}

/**
 * The user search matches email prefixes (`email LIKE 'q%'`; better-auth stores emails
 * lower-cased). PostgreSQL uses a btree for a LIKE prefix only under the C collation or with
 * `text_pattern_ops`, which works whatever the database's collation. SQLite's LIKE ignores ASCII
 * case, so its LIKE optimisation needs a NOCASE index.
 */
async function createEmailPrefixIndex(db: Kysely<unknown>): Promise<void> {
  const column = dialectOf(db) === 'postgres' ? sql`email text_pattern_ops` : sql`email collate nocase`;
  await db.schema.createIndex('user_email_prefix_idx').on('user').expression(column).execute();
}

/**
 * PostgreSQL estimates a range on a text column no finer than one histogram bucket (1% of the rows
 * at the default statistics target), so it took any day of a large audit log for one row, read the
 * whole day and sorted it instead of walking the time index and stopping after a page. A thousand
 * buckets make a day of a year-long log estimate right (issue 8 §5, bench/scale.mjs).
 */
async function refineAuditTimeStatistics(db: Kysely<unknown>, target: number): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`alter table audit_event alter column at set statistics ${sql.lit(target)}`.execute(db);
  }
}

/**
 * A search reads one page from an index; on a large log PostgreSQL still planned the person search
 * with two parallel workers, whose start-up (tens of ms) cost more than the page. No parallel scans
 * of the audit log.
 */
async function serialAuditScans(db: Kysely<unknown>, serial: boolean): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`alter table audit_event ${sql.raw(serial ? 'set (parallel_workers = 0)' : 'reset (parallel_workers)')}`.execute(
      db,
    );
  }
}

/**
 * Indexes for every list filter and its sort order (issue 8 §5: cost that grows slowly with the
 * data). Replaced indexes are dropped so each audit append maintains one more index, not five.
 * Never edit after release; add a migration instead.
 */
export const migration0006ListIndexes: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await atomically(db, async (trx) => {
      for (const index of LIST_INDEXES) {
        await trx.schema
          .createIndex(index.name)
          .on(index.table)
          .columns([...index.columns])
          .execute();
        if (index.replaces !== undefined) {
          await trx.schema.dropIndex(index.replaces).execute();
        }
      }
      await createBreakGlassQueueIndexes(trx);
      await createEmailPrefixIndex(trx);
      await refineAuditTimeStatistics(trx, 1000);
      await serialAuditScans(trx, true);
    });
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await atomically(db, async (trx) => {
      await trx.schema.dropIndex('user_email_prefix_idx').execute();
      // -1: back to the server's default_statistics_target.
      await refineAuditTimeStatistics(trx, -1);
      await serialAuditScans(trx, false);
      await trx.schema.dropIndex('break_glass_unreviewed_idx').execute();
      await trx.schema.dropIndex('break_glass_reviewed_idx').execute();
      const queue = REPLACED.break_glass_review_idx;
      if (queue !== undefined) {
        await trx.schema.createIndex('break_glass_review_idx').on(queue.table).columns(queue.columns).execute();
      }
      for (const index of LIST_INDEXES) {
        await trx.schema.dropIndex(index.name).execute();
        const old = index.replaces === undefined ? undefined : REPLACED[index.replaces];
        if (index.replaces !== undefined && old !== undefined) {
          await trx.schema.createIndex(index.replaces).on(old.table).columns(old.columns).execute();
        }
      }
    });
  },
};
