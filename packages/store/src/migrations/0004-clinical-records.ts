import { sql, type Kysely, type Migration } from 'kysely';
import { atomically, oneOf } from './migration-helpers.js';

/** Frozen copy of the record statuses as of this migration. */
const STATUSES = ['final', 'amended', 'entered-in-error'];

/** The registry name assessments are stored under (contracts/src/records/assessments.ts). */
const ASSESSMENT_TYPE = 'assessments';

/** Rows copied per statement: few enough for SQLite's bound-parameter limit. */
const BATCH = 50;

interface OldAssessmentRow {
  id: string;
  patient_id: string;
  instrument_id: string;
  instrument_version: string;
  answers: string;
  total: number;
  band_id: string | null;
  flags: string;
  recorded_by: string;
  recorded_at: string;
  created_at: string;
}

interface StoredRow {
  id: string;
  patient_id: string;
  type: string;
  body: string;
  recorded_by: string;
  recorded_at: string;
  created_at: string;
}

async function createClinicalRecordTable(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('clinical_record')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('patient_id', 'text', (column) => column.notNull().references('patient.id'))
    .addColumn('type', 'text', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('recorded_at', 'text', (column) => column.notNull())
    .addColumn('recorded_by', 'text', (column) => column.notNull())
    .addColumn('body', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addColumn('entered_in_error_reason', 'text')
    .addColumn('entered_in_error_by', 'text')
    .addColumn('entered_in_error_at', 'text')
    .addCheckConstraint('clinical_record_status_check', oneOf('status', STATUSES))
    // A wrong entry is marked with who, when and why; it is never deleted.
    .addCheckConstraint(
      'clinical_record_entered_in_error_check',
      sql`(status = 'entered-in-error') = (entered_in_error_reason is not null
        and entered_in_error_by is not null and entered_in_error_at is not null)`,
    )
    .execute();
  // Every list reads one patient's records of one type in time order: this index serves the
  // filter, the order and the keyset condition at once.
  await db.schema
    .createIndex('clinical_record_patient_type_idx')
    .on('clinical_record')
    .columns(['patient_id', 'type', 'recorded_at', 'id'])
    .execute();
}

async function copyAssessments(db: Kysely<unknown>): Promise<void> {
  const old = db as unknown as Kysely<{ assessment: OldAssessmentRow; clinical_record: Record<string, unknown> }>;
  let after = '';
  for (;;) {
    const rows = await old
      .selectFrom('assessment')
      .selectAll()
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    const last = rows[rows.length - 1];
    if (last === undefined) {
      return;
    }
    await old
      .insertInto('clinical_record')
      .values(
        rows.map((row) => ({
          id: row.id,
          patient_id: row.patient_id,
          type: ASSESSMENT_TYPE,
          version: 1,
          status: 'final',
          recorded_at: row.recorded_at,
          recorded_by: row.recorded_by,
          body: JSON.stringify({
            instrumentId: row.instrument_id,
            instrumentVersion: row.instrument_version,
            answers: JSON.parse(row.answers) as unknown,
            total: row.total,
            bandId: row.band_id,
            flags: JSON.parse(row.flags) as unknown,
          }),
          created_at: row.created_at,
          updated_at: row.created_at,
        })),
      )
      .execute();
    after = last.id;
  }
}

/**
 * One generic table for clinical records (decision 0007): patient, type, id, version, clinical
 * time, recorder, status and a JSON body. Assessments move into it (their rows are copied with
 * the same ids) and their own table goes. Never edit after release; add a migration instead.
 */
export const migration0004ClinicalRecords: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await atomically(db, async (trx) => {
      await createClinicalRecordTable(trx);
      await copyAssessments(trx);
      await trx.schema.dropTable('assessment').execute();
    });
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await atomically(db, async (trx) => {
      await trx.schema
        .createTable('assessment')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('patient_id', 'text', (column) => column.notNull().references('patient.id'))
        .addColumn('instrument_id', 'text', (column) => column.notNull())
        .addColumn('instrument_version', 'text', (column) => column.notNull())
        .addColumn('answers', 'text', (column) => column.notNull())
        .addColumn('total', 'integer', (column) => column.notNull())
        .addColumn('band_id', 'text')
        .addColumn('flags', 'text', (column) => column.notNull())
        .addColumn('recorded_by', 'text', (column) => column.notNull())
        .addColumn('recorded_at', 'text', (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .execute();
      await trx.schema
        .createIndex('assessment_patient_idx')
        .on('assessment')
        .columns(['patient_id', 'recorded_at'])
        .execute();
      // Only assessments had a table before; other types have nowhere to go back to.
      const rows = await (trx as unknown as Kysely<{ clinical_record: StoredRow }>)
        .selectFrom('clinical_record')
        .selectAll()
        .where('type', '=', ASSESSMENT_TYPE)
        .execute();
      for (const row of rows) {
        const body = JSON.parse(row.body) as Record<string, unknown>;
        await (trx as unknown as Kysely<{ assessment: OldAssessmentRow }>)
          .insertInto('assessment')
          .values({
            id: row.id,
            patient_id: row.patient_id,
            instrument_id: String(body.instrumentId),
            instrument_version: String(body.instrumentVersion),
            answers: JSON.stringify(body.answers),
            total: Number(body.total),
            band_id: typeof body.bandId === 'string' ? body.bandId : null,
            flags: JSON.stringify(body.flags),
            recorded_by: row.recorded_by,
            recorded_at: row.recorded_at,
            created_at: row.created_at,
          })
          .execute();
      }
      await trx.schema.dropTable('clinical_record').execute();
    });
  },
};
