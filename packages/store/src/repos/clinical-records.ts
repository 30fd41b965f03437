import { randomUUID } from 'node:crypto';
import type { ExpressionBuilder } from 'kysely';
import type { DatabaseSchema } from '../database-schema.js';
import type { Executor } from '../executor.js';
import { fetchKeysetPage, type KeysetPage, type KeysetRequest, type SortColumn } from '../keyset.js';
import type { ClinicalRecordStatus } from '../schema/app-tables.js';

export type { ClinicalRecordStatus };

/*
 * The one table behind every clinical record type (decision 0007). The store does not know the
 * types: it keeps a JSON body it is given, already validated by the type's declaration. Reads
 * join the recorder's name in the same query, so a list is one query whatever its length.
 */

/** Where one record lives: its patient and its type, then its id. */
export interface ClinicalRecordKey {
  readonly patientId: string;
  readonly type: string;
  readonly id: string;
}

/** The marking of a wrong entry. */
export interface EnteredInError {
  readonly reason: string;
  readonly by: string;
  readonly byName: string | null;
  readonly at: string;
}

/**
 * One record as a read reaches it: the key and, for a type readable by its author only, the only
 * recorder whose records the reader may see. Another recorder's record is then not found, in the
 * same query, exactly like a missing one.
 */
export interface ClinicalRecordRead extends ClinicalRecordKey {
  readonly recordedBy?: string | undefined;
}

/** A stored clinical record with its recorder's name. */
export interface ClinicalRecord {
  readonly id: string;
  readonly patientId: string;
  readonly type: string;
  readonly version: number;
  readonly status: ClinicalRecordStatus;
  readonly recordedAt: string;
  readonly recordedBy: string;
  readonly recordedByName: string | null;
  /** The parsed JSON body, as the type's declaration wrote it. */
  readonly body: unknown;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly enteredInError: EnteredInError | null;
}

/** What {@link createClinicalRecord} stores. */
export interface NewClinicalRecord {
  readonly id?: string;
  readonly patientId: string;
  readonly type: string;
  readonly recordedAt: string;
  readonly recordedBy: string;
  readonly body: unknown;
  /** The kind within the type a list can filter on (an assessment's instrument), from the declaration. */
  readonly subtype?: string | null | undefined;
  /** Now, ISO-8601 UTC. */
  readonly at: string;
}

/** Filters and page of {@link listClinicalRecords}. */
export interface ClinicalRecordQuery extends KeysetRequest {
  readonly patientId: string;
  readonly type: string;
  readonly order: 'asc' | 'desc';
  readonly status?: ClinicalRecordStatus | undefined;
  /** Only records of this subtype (served by the (patient, type, subtype, time, id) index). */
  readonly subtype?: string | undefined;
  /** Records at or after this time (ISO-8601 UTC). */
  readonly from?: string | undefined;
  /** Records before this time. */
  readonly to?: string | undefined;
  /** Only records of this recorder (a type readable by its author only). */
  readonly recordedBy?: string | undefined;
}

/** Why a change was not made. */
export type ChangeRefusal = 'not-found' | 'stale' | 'entered-in-error';

function selectRecords(executor: Executor) {
  return executor
    .selectFrom('clinical_record')
    .leftJoin('user as recorder', 'recorder.id', 'clinical_record.recorded_by')
    .leftJoin('user as marker', 'marker.id', 'clinical_record.entered_in_error_by')
    .selectAll('clinical_record')
    .select(['recorder.name as recorded_by_name', 'marker.name as entered_in_error_by_name']);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectRecords>['executeTakeFirstOrThrow']>>;

function toRecord(row: Row): ClinicalRecord {
  const marked =
    row.entered_in_error_reason !== null && row.entered_in_error_by !== null && row.entered_in_error_at !== null;
  return {
    id: row.id,
    patientId: row.patient_id,
    type: row.type,
    version: row.version,
    status: row.status,
    recordedAt: row.recorded_at,
    recordedBy: row.recorded_by,
    recordedByName: row.recorded_by_name,
    // Written only by this module from a body the type's declaration validated.
    body: JSON.parse(row.body) as unknown,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    enteredInError: marked
      ? {
          reason: row.entered_in_error_reason ?? '',
          by: row.entered_in_error_by ?? '',
          byName: row.entered_in_error_by_name,
          at: row.entered_in_error_at ?? '',
        }
      : null,
  };
}

function byKey(key: ClinicalRecordKey) {
  return (eb: ExpressionBuilder<DatabaseSchema, 'clinical_record'>) =>
    eb.and([
      eb('clinical_record.id', '=', key.id),
      eb('clinical_record.patient_id', '=', key.patientId),
      eb('clinical_record.type', '=', key.type),
    ]);
}

/**
 * Reads one record. A record of another patient or another type is not found, so a route can
 * never reach a record through the wrong patient; nor, when `recordedBy` is given, a record of
 * another recorder.
 *
 * @param executor - Database or transaction.
 * @param key - Patient, type and id, and the only recorder the reader may see (optional).
 * @returns The record, or undefined.
 */
export async function getClinicalRecord(
  executor: Executor,
  key: ClinicalRecordRead,
): Promise<ClinicalRecord | undefined> {
  let select = selectRecords(executor)
    .where('clinical_record.id', '=', key.id)
    .where('clinical_record.patient_id', '=', key.patientId)
    .where('clinical_record.type', '=', key.type);
  if (key.recordedBy !== undefined) {
    select = select.where('clinical_record.recorded_by', '=', key.recordedBy);
  }
  const row = await select.executeTakeFirst();
  return row === undefined ? undefined : toRecord(row);
}

/**
 * Stores a new record (version 1, status `final`).
 *
 * @param executor - Database or transaction.
 * @param input - Patient, type, clinical time, recorder and the validated body.
 * @returns The stored record, with the recorder's name.
 */
export async function createClinicalRecord(executor: Executor, input: NewClinicalRecord): Promise<ClinicalRecord> {
  const id = input.id ?? randomUUID();
  await executor
    .insertInto('clinical_record')
    .values({
      id,
      patient_id: input.patientId,
      type: input.type,
      version: 1,
      status: 'final',
      recorded_at: input.recordedAt,
      recorded_by: input.recordedBy,
      body: JSON.stringify(input.body),
      subtype: input.subtype ?? null,
      created_at: input.at,
      updated_at: input.at,
      entered_in_error_reason: null,
      entered_in_error_by: null,
      entered_in_error_at: null,
    })
    .execute();
  const created = await getClinicalRecord(executor, { patientId: input.patientId, type: input.type, id });
  if (created === undefined) {
    throw new Error('The record just inserted is not readable in the same transaction');
  }
  return created;
}

const ORDERS: Readonly<Record<'asc' | 'desc', readonly SortColumn[]>> = {
  desc: [
    { column: 'clinical_record.recorded_at', direction: 'desc' },
    { column: 'clinical_record.id', direction: 'desc' },
  ],
  asc: [
    { column: 'clinical_record.recorded_at', direction: 'asc' },
    { column: 'clinical_record.id', direction: 'asc' },
  ],
};

/**
 * One page of a patient's records of one type in clinical-time order (ties broken by id), with
 * the filters given. One query, recorder names included; entered-in-error records stay listed.
 *
 * @param executor - Database or transaction.
 * @param query - Patient, type, order, filters, limit and cursor.
 * @returns The page.
 * @throws InvalidCursorError when the cursor was not made by this list.
 */
export async function listClinicalRecords(
  executor: Executor,
  query: ClinicalRecordQuery,
): Promise<KeysetPage<ClinicalRecord>> {
  let select = selectRecords(executor)
    .where('clinical_record.patient_id', '=', query.patientId)
    .where('clinical_record.type', '=', query.type);
  if (query.subtype !== undefined) {
    select = select.where('clinical_record.subtype', '=', query.subtype);
  }
  if (query.status !== undefined) {
    select = select.where('clinical_record.status', '=', query.status);
  }
  if (query.from !== undefined) {
    select = select.where('clinical_record.recorded_at', '>=', query.from);
  }
  if (query.to !== undefined) {
    select = select.where('clinical_record.recorded_at', '<', query.to);
  }
  if (query.recordedBy !== undefined) {
    select = select.where('clinical_record.recorded_by', '=', query.recordedBy);
  }
  const page = await fetchKeysetPage(select, ORDERS[query.order], query, (row) => [row.recorded_at, row.id]);
  return { rows: page.rows.map(toRecord), nextCursor: page.nextCursor };
}

async function refusal(executor: Executor, key: ClinicalRecordKey): Promise<ChangeRefusal> {
  const current = await getClinicalRecord(executor, key);
  if (current === undefined) {
    return 'not-found';
  }
  return current.status === 'entered-in-error' ? 'entered-in-error' : 'stale';
}

/**
 * Replaces the body of an editable record when it is still at the version the caller read. The
 * version is checked in the UPDATE itself, so two writers cannot both win.
 *
 * @param executor - Database or transaction.
 * @param change - The record, the version read, the new body and clinical time, and now.
 * @returns The updated record (version + 1, status `amended`), or why not.
 */
export async function updateClinicalRecord(
  executor: Executor,
  change: ClinicalRecordKey & {
    readonly expectedVersion: number;
    readonly body: unknown;
    /** The new clinical time; unchanged when absent. */
    readonly recordedAt?: string | undefined;
    /** The new subtype; unchanged when absent. */
    readonly subtype?: string | null | undefined;
    readonly at: string;
  },
): Promise<ClinicalRecord | ChangeRefusal> {
  const result = await executor
    .updateTable('clinical_record')
    .set((eb) => ({
      body: JSON.stringify(change.body),
      ...(change.recordedAt === undefined ? {} : { recorded_at: change.recordedAt }),
      ...(change.subtype === undefined ? {} : { subtype: change.subtype }),
      status: 'amended',
      updated_at: change.at,
      version: eb('version', '+', 1),
    }))
    .where(byKey(change))
    .where('version', '=', change.expectedVersion)
    .where('status', '<>', 'entered-in-error')
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) {
    return refusal(executor, change);
  }
  return (await getClinicalRecord(executor, change)) ?? 'not-found';
}

/**
 * Marks a record entered in error: it keeps its body and stays listed, with the reason, who
 * marked it and when. Nothing clinical is deleted.
 *
 * @param executor - Database or transaction.
 * @param mark - The record, the reason, who marks it, now, and the version read when the caller sent one.
 * @returns The marked record (version + 1), or why not (`entered-in-error` when already marked).
 */
export async function markClinicalRecordEnteredInError(
  executor: Executor,
  mark: ClinicalRecordKey & {
    readonly reason: string;
    readonly by: string;
    readonly at: string;
    readonly expectedVersion?: number | undefined;
  },
): Promise<ClinicalRecord | ChangeRefusal> {
  let update = executor
    .updateTable('clinical_record')
    .set((eb) => ({
      status: 'entered-in-error',
      entered_in_error_reason: mark.reason,
      entered_in_error_by: mark.by,
      entered_in_error_at: mark.at,
      updated_at: mark.at,
      version: eb('version', '+', 1),
    }))
    .where(byKey(mark))
    .where('status', '<>', 'entered-in-error');
  if (mark.expectedVersion !== undefined) {
    update = update.where('version', '=', mark.expectedVersion);
  }
  const result = await update.executeTakeFirst();
  if (result.numUpdatedRows === 0n) {
    return refusal(executor, mark);
  }
  return (await getClinicalRecord(executor, mark)) ?? 'not-found';
}
