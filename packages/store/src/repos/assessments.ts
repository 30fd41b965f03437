import { randomUUID } from 'node:crypto';
import type { Answers, ScoreFlag } from '@kratom-care/domain';
import type { Selectable } from 'kysely';
import { nowIso, type Executor } from '../executor.js';
import type { AssessmentTable } from '../schema/app-tables.js';

/** A scored instrument recorded for a patient: the first clinical record type (category `assessments`). */
export interface AssessmentRecord {
  readonly id: string;
  readonly patientId: string;
  readonly instrumentId: string;
  readonly instrumentVersion: string;
  readonly answers: Answers;
  readonly total: number;
  readonly bandId: string | null;
  readonly flags: ScoreFlag[];
  readonly recordedBy: string;
  readonly recordedAt: string;
  readonly createdAt: string;
}

/** What {@link createAssessment} needs; `id`, `recordedAt` and `createdAt` default to a new UUID and now. */
export type AssessmentInput = Omit<AssessmentRecord, 'id' | 'recordedAt' | 'createdAt' | 'flags'> & {
  readonly id?: string;
  readonly recordedAt?: string;
  readonly createdAt?: string;
  readonly flags: readonly ScoreFlag[];
};

function toRecord(row: Selectable<AssessmentTable>): AssessmentRecord {
  return {
    id: row.id,
    patientId: row.patient_id,
    instrumentId: row.instrument_id,
    instrumentVersion: row.instrument_version,
    // Written only by createAssessment from already-validated answers and flags.
    answers: JSON.parse(row.answers) as Answers,
    total: row.total,
    bandId: row.band_id,
    flags: JSON.parse(row.flags) as ScoreFlag[],
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
    createdAt: row.created_at,
  };
}

/**
 * Stores a scored assessment. Score it with the domain instrument first; the store keeps what it is given.
 *
 * @param executor - Database or transaction.
 * @param input - The patient, instrument, answers, score and who recorded it.
 * @returns The stored assessment.
 */
export async function createAssessment(executor: Executor, input: AssessmentInput): Promise<AssessmentRecord> {
  const createdAt = input.createdAt ?? nowIso();
  const row: Selectable<AssessmentTable> = {
    id: input.id ?? randomUUID(),
    patient_id: input.patientId,
    instrument_id: input.instrumentId,
    instrument_version: input.instrumentVersion,
    answers: JSON.stringify(input.answers),
    total: input.total,
    band_id: input.bandId,
    flags: JSON.stringify(input.flags),
    recorded_by: input.recordedBy,
    recorded_at: input.recordedAt ?? createdAt,
    created_at: createdAt,
  };
  await executor.insertInto('assessment').values(row).execute();
  return toRecord(row);
}

/**
 * @param executor - Database or transaction.
 * @param id - Assessment id.
 * @returns The assessment, or undefined.
 */
export async function getAssessment(executor: Executor, id: string): Promise<AssessmentRecord | undefined> {
  const row = await executor.selectFrom('assessment').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : toRecord(row);
}

/**
 * @param executor - Database or transaction.
 * @param patientId - The patient.
 * @returns The patient's assessments, most recently recorded first.
 */
export async function listAssessmentsForPatient(executor: Executor, patientId: string): Promise<AssessmentRecord[]> {
  const rows = await executor
    .selectFrom('assessment')
    .selectAll()
    .where('patient_id', '=', patientId)
    .orderBy('recorded_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toRecord);
}
