import type { Executor } from '../executor.js';

/*
 * The records a derived read (decision support, the liver assessment) looks at: a patient's current records (not entered in error)
 * of some stored types, with their clinical time and body. No recorder join: a panel names records
 * by id, not by who recorded them.
 */

/** One current record of a panel read. */
export interface PanelRecord {
  readonly id: string;
  readonly type: string;
  readonly recordedAt: string;
  /** The parsed JSON body, as the type's declaration wrote it. */
  readonly body: unknown;
}

/** The most records one panel read returns: the newest, so a long history never makes the read unbounded. */
export const PANEL_RECORD_LIMIT = 2000;

/**
 * A patient's current records of the given stored types, newest first (ties by id), at most
 * {@link PANEL_RECORD_LIMIT}. One query on the (patient, type, time, id) index.
 *
 * @param executor - Database or transaction.
 * @param query - The patient and the stored types (an empty list reads nothing).
 * @returns The records.
 */
export async function listPanelRecords(
  executor: Executor,
  query: { readonly patientId: string; readonly types: readonly string[] },
): Promise<PanelRecord[]> {
  if (query.types.length === 0) {
    return [];
  }
  const rows = await executor
    .selectFrom('clinical_record')
    .select(['id', 'type', 'recorded_at', 'body'])
    .where('patient_id', '=', query.patientId)
    .where('type', 'in', [...query.types])
    .where('status', '<>', 'entered-in-error')
    .orderBy('recorded_at', 'desc')
    .orderBy('id', 'desc')
    .limit(PANEL_RECORD_LIMIT)
    .execute();
  // Written only by the record platform from bodies a declaration validated.
  return rows.map((row) => ({
    id: row.id,
    type: row.type,
    recordedAt: row.recorded_at,
    body: JSON.parse(row.body) as unknown,
  }));
}
