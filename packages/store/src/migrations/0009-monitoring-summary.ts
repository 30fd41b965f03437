import { sql, type Kysely, type Migration } from 'kysely';
import { dialectOf } from '../executor.js';
import { atomically } from './migration-helpers.js';

/** The registry name assessments are stored under (contracts/src/records/assessments.ts). */
const ASSESSMENT_TYPE = 'assessments';

/**
 * Frozen copy of the domain's legacy instrument ids as of this migration (LEGACY_INSTRUMENT_IDS):
 * records made before issue 9 say `sows`, which was the kratom-adapted SOWS.
 */
const LEGACY_INSTRUMENTS: Readonly<Record<string, string>> = { sows: 'sows-kratom-adapted' };

/**
 * A record's subtype (an assessment's instrument), read from its JSON body in SQL. The JSON
 * operators differ between the databases; this is the one place the store reads inside a body,
 * once, to fill the column.
 */
function instrumentOfBody(db: Kysely<unknown>) {
  const raw =
    dialectOf(db) === 'postgres' ? sql`(body::jsonb ->> 'instrumentId')` : sql`json_extract(body, '$.instrumentId')`;
  const legacy = Object.entries(LEGACY_INSTRUMENTS).map(
    ([old, current]) => sql`when ${sql.lit(old)} then ${sql.lit(current)}`,
  );
  return sql`case ${raw} ${sql.join(legacy, sql` `)} else ${raw} end`;
}

async function addSubtype(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('clinical_record').addColumn('subtype', 'text').execute();
  await sql`update clinical_record set subtype = ${instrumentOfBody(db)} where type = ${ASSESSMENT_TYPE}`.execute(db);
  // One patient's records of one type and subtype in time order: filter, order and keyset condition
  // of `?instrument=` from one index range (decision 0015).
  await db.schema
    .createIndex('clinical_record_patient_subtype_idx')
    .on('clinical_record')
    .columns(['patient_id', 'type', 'subtype', 'recorded_at', 'id'])
    .execute();
}

async function createPatientMonitoring(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('patient_monitoring')
    .addColumn('patient_id', 'text', (column) => column.primaryKey().references('patient.id'))
    .addColumn('in_withdrawal', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('next_score_due_at', 'text')
    .addColumn('next_score_due_rule', 'text')
    .addColumn('last_kratom_dose_at', 'text')
    .addColumn('latest_score_id', 'text')
    .addColumn('latest_score_instrument', 'text')
    .addColumn('latest_score_total', 'integer')
    .addColumn('latest_score_band', 'text')
    .addColumn('latest_score_at', 'text')
    .addColumn('latest_score_trend', 'text')
    .addColumn('alerts', 'text', (column) => column.notNull().defaultTo('[]'))
    .addColumn('attention', 'integer', (column) => column.notNull().defaultTo(3))
    .addColumn('care_level', 'text')
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  // The monitoring board and any scheduler: the patients with a next score due, soonest first.
  await db.schema
    .createIndex('patient_monitoring_due_idx')
    .on('patient_monitoring')
    .columns(['next_score_due_at', 'patient_id'])
    .where(sql.ref('next_score_due_at'), 'is not', null)
    .execute();
}

/**
 * Issue 10 §1, §3, §10: an indexed `subtype` on clinical records (an assessment's instrument,
 * filled from the stored bodies) so `?instrument=` is one index range; and the per-patient
 * monitoring summary (`patient_monitoring`) the record platform keeps current in each write's
 * transaction, so the dashboard and the monitoring board read one row per patient
 * (docs/decisions/0024-monitoring-summary.md). The summary starts empty: the server fills it from
 * the records (see `refreshPatientMonitoring`). Never edit after release; add a migration instead.
 */
export const migration0009MonitoringSummary: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await atomically(db, async (trx) => {
      await addSubtype(trx);
      await createPatientMonitoring(trx);
    });
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await atomically(db, async (trx) => {
      await trx.schema.dropTable('patient_monitoring').execute();
      await trx.schema.dropIndex('clinical_record_patient_subtype_idx').execute();
      await trx.schema.alterTable('clinical_record').dropColumn('subtype').execute();
    });
  },
};
