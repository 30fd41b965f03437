import type { Executor } from '../executor.js';

/** A record that still counts: its id, clinical time and the body its declaration wrote. */
export interface CurrentClinicalRecord {
  readonly id: string;
  readonly recordedAt: string;
  /** The parsed JSON body. */
  readonly body: unknown;
}

/**
 * Every record of one type of one patient that is not entered in error, oldest first (ties by
 * id): what a derived read such as the liver assessment computes from. One query on the
 * (patient, type, time, id) index; no recorder names, as nothing here is shown per record.
 *
 * @param executor - Database or transaction.
 * @param key - The patient and the stored type.
 * @returns The records, oldest first.
 */
export async function listCurrentClinicalRecords(
  executor: Executor,
  key: { readonly patientId: string; readonly type: string },
): Promise<CurrentClinicalRecord[]> {
  const rows = await executor
    .selectFrom('clinical_record')
    .select(['id', 'recorded_at', 'body'])
    .where('patient_id', '=', key.patientId)
    .where('type', '=', key.type)
    .where('status', '<>', 'entered-in-error')
    .orderBy('recorded_at', 'asc')
    .orderBy('id', 'asc')
    .execute();
  // Written only by the clinical-record module from a body the type's declaration validated.
  return rows.map((row) => ({ id: row.id, recordedAt: row.recorded_at, body: JSON.parse(row.body) as unknown }));
}
