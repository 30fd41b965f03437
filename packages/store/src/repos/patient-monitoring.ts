import type { Executor } from '../executor.js';
import { fetchKeysetPage, type KeysetPage, type KeysetRequest } from '../keyset.js';
import type { PanelRecord } from './panel-records.js';
import { patientVisibleTo, type PatientScope } from './patient-scope.js';

/*
 * The per-patient monitoring summary (migration 0009, decision 0024): one row per patient that
 * the record platform rewrites inside each write's transaction, so the dashboard and the
 * monitoring board read one row per patient instead of every patient's records.
 */

/** The summary of one patient, as the server computed it from the records. */
export interface PatientMonitoring {
  readonly patientId: string;
  readonly inWithdrawal: boolean;
  readonly nextScoreDueAt: string | null;
  readonly nextScoreDueRule: string | null;
  readonly lastKratomDoseAt: string | null;
  readonly latestScore: {
    readonly id: string;
    readonly instrument: string;
    readonly total: number;
    readonly band: string | null;
    readonly at: string;
    readonly trend: string | null;
  } | null;
  /** The alerts that do not depend on the clock, as JSON-ready values. */
  readonly alerts: readonly unknown[];
  /** 0 urgent, 1 high, 2 routine, 3 none. */
  readonly attention: number;
  readonly careLevel: string | null;
  readonly updatedAt: string;
}

/**
 * A patient's newest current records (not entered in error) of one stored type, optionally of one
 * subtype: one range of the (patient, type, subtype, time, id) or (patient, type, time, id) index.
 *
 * @param executor - Database or transaction.
 * @param query - Patient, stored type, optional subtype, how many.
 * @returns Up to `limit` records, newest first (ties by id).
 */
export async function latestRecords(
  executor: Executor,
  query: { readonly patientId: string; readonly type: string; readonly subtype?: string; readonly limit: number },
): Promise<PanelRecord[]> {
  let select = executor
    .selectFrom('clinical_record')
    .select(['id', 'type', 'recorded_at', 'body'])
    .where('patient_id', '=', query.patientId)
    .where('type', '=', query.type)
    .where('status', '<>', 'entered-in-error');
  if (query.subtype !== undefined) {
    select = select.where('subtype', '=', query.subtype);
  }
  const rows = await select.orderBy('recorded_at', 'desc').orderBy('id', 'desc').limit(query.limit).execute();
  // Written only by the record platform from bodies a declaration validated.
  return rows.map((row) => ({
    id: row.id,
    type: row.type,
    recordedAt: row.recorded_at,
    body: JSON.parse(row.body) as unknown,
  }));
}

/**
 * Writes a patient's summary, replacing the one before (insert or update on the key).
 *
 * @param executor - The write's transaction.
 * @param summary - The summary.
 */
export async function savePatientMonitoring(executor: Executor, summary: PatientMonitoring): Promise<void> {
  const score = summary.latestScore;
  const values = {
    in_withdrawal: summary.inWithdrawal ? 1 : 0,
    next_score_due_at: summary.nextScoreDueAt,
    next_score_due_rule: summary.nextScoreDueRule,
    last_kratom_dose_at: summary.lastKratomDoseAt,
    latest_score_id: score?.id ?? null,
    latest_score_instrument: score?.instrument ?? null,
    latest_score_total: score?.total ?? null,
    latest_score_band: score?.band ?? null,
    latest_score_at: score?.at ?? null,
    latest_score_trend: score?.trend ?? null,
    alerts: JSON.stringify(summary.alerts),
    attention: summary.attention,
    care_level: summary.careLevel,
    updated_at: summary.updatedAt,
  };
  await executor
    .insertInto('patient_monitoring')
    .values({ patient_id: summary.patientId, ...values })
    .onConflict((conflict) => conflict.column('patient_id').doUpdateSet(values))
    .execute();
}

/** One row of the dashboard or the board: the patient and their summary (null before any record). */
export interface MonitoredPatient {
  readonly patientId: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly birthDate: string | null;
  readonly monitoring: PatientMonitoring | null;
}

function monitoringColumns() {
  return [
    'pm.patient_id as pm_patient_id',
    'pm.in_withdrawal',
    'pm.next_score_due_at',
    'pm.next_score_due_rule',
    'pm.last_kratom_dose_at',
    'pm.latest_score_id',
    'pm.latest_score_instrument',
    'pm.latest_score_total',
    'pm.latest_score_band',
    'pm.latest_score_at',
    'pm.latest_score_trend',
    'pm.alerts',
    'pm.care_level',
    'pm.updated_at as pm_updated_at',
  ] as const;
}

interface MonitoringRow {
  readonly id: string;
  readonly given_name: string;
  readonly family_name: string;
  readonly birth_date: string | null;
  readonly pm_patient_id: string | null;
  readonly in_withdrawal: number | null;
  readonly next_score_due_at: string | null;
  readonly next_score_due_rule: string | null;
  readonly last_kratom_dose_at: string | null;
  readonly latest_score_id: string | null;
  readonly latest_score_instrument: string | null;
  readonly latest_score_total: number | null;
  readonly latest_score_band: string | null;
  readonly latest_score_at: string | null;
  readonly latest_score_trend: string | null;
  readonly alerts: string | null;
  readonly attention: number | null;
  readonly care_level: string | null;
  readonly pm_updated_at: string | null;
}

function toMonitoredPatient(row: MonitoringRow): MonitoredPatient {
  const monitoring: PatientMonitoring | null =
    row.pm_patient_id === null
      ? null
      : {
          patientId: row.pm_patient_id,
          inWithdrawal: row.in_withdrawal === 1,
          nextScoreDueAt: row.next_score_due_at,
          nextScoreDueRule: row.next_score_due_rule,
          lastKratomDoseAt: row.last_kratom_dose_at,
          latestScore:
            row.latest_score_id === null || row.latest_score_instrument === null || row.latest_score_at === null
              ? null
              : {
                  id: row.latest_score_id,
                  instrument: row.latest_score_instrument,
                  total: Number(row.latest_score_total),
                  band: row.latest_score_band,
                  at: row.latest_score_at,
                  trend: row.latest_score_trend,
                },
          // Written only by savePatientMonitoring.
          alerts: JSON.parse(row.alerts ?? '[]') as unknown[],
          attention: row.attention ?? 3,
          careLevel: row.care_level,
          updatedAt: row.pm_updated_at ?? '',
        };
  return {
    patientId: row.id,
    givenName: row.given_name,
    familyName: row.family_name,
    birthDate: row.birth_date,
    monitoring,
  };
}

/**
 * One patient with their stored summary, by key: what the chart's Withdrawal tab shows, read from
 * the same row as the dashboard and the board, so all three show the same due time (decision 0036).
 * The caller has already checked access to the patient.
 *
 * @param executor - Database or transaction.
 * @param patientId - The patient.
 * @returns The patient and summary (null before any record that feeds it), or undefined when no such patient.
 */
export async function getMonitoredPatient(
  executor: Executor,
  patientId: string,
): Promise<MonitoredPatient | undefined> {
  const row = await executor
    .selectFrom('patient')
    .leftJoin('patient_monitoring as pm', 'pm.patient_id', 'patient.id')
    .where('patient.id', '=', patientId)
    .select(['patient.id', 'patient.given_name', 'patient.family_name', 'patient.birth_date', ...monitoringColumns()])
    .select('pm.attention')
    .executeTakeFirst();
  return row === undefined ? undefined : toMonitoredPatient(row);
}

/** Who a dashboard or board is for: the clinician, and the exact scope of the patients they may see. */
export interface CaseloadQuery extends KeysetRequest {
  readonly clinicianUserId: string;
  readonly scope: PatientScope;
}

/**
 * The clinician's dashboard: the patients on their care team that the scope admits, with their
 * summaries, the most pressing first (stored attention, then family name, then id). One query:
 * it starts from the clinician's care-team rows (their index), joins each patient and summary by
 * key and sorts the caseload; its cost follows the caseload, not the size of the database.
 *
 * @param executor - Database or transaction.
 * @param query - Clinician, scope, limit and cursor.
 * @returns One keyset page.
 * @throws InvalidCursorError for a cursor this list did not make.
 */
export async function listDashboard(executor: Executor, query: CaseloadQuery): Promise<KeysetPage<MonitoredPatient>> {
  const caseload = executor
    .selectFrom('care_team')
    .innerJoin('patient', 'patient.id', 'care_team.patient_id')
    .leftJoin('patient_monitoring as pm', 'pm.patient_id', 'patient.id')
    .where('care_team.clinician_user_id', '=', query.clinicianUserId)
    .where(patientVisibleTo(query.scope))
    .select(['patient.id', 'patient.given_name', 'patient.family_name', 'patient.birth_date', ...monitoringColumns()])
    .select((eb) => eb.fn.coalesce('pm.attention', eb.lit(3)).as('attention'));
  const page = await fetchKeysetPage(
    executor.selectFrom(caseload.as('d')).selectAll('d'),
    [
      { column: 'd.attention', direction: 'asc', type: 'number' },
      { column: 'd.family_name', direction: 'asc' },
      { column: 'd.id', direction: 'asc' },
    ],
    query,
    (row) => [row.attention, row.family_name, row.id],
  );
  return { rows: page.rows.map((row) => toMonitoredPatient(row as MonitoringRow)), nextCursor: page.nextCursor };
}

/**
 * The monitoring board: the clinician's patients (care team, within the scope) with a next score
 * due, soonest first. One query from the clinician's care-team rows to each summary by key.
 *
 * @param executor - Database or transaction.
 * @param query - Clinician, scope, limit and cursor.
 * @returns One keyset page.
 * @throws InvalidCursorError for a cursor this list did not make.
 */
export async function listMonitoringBoard(
  executor: Executor,
  query: CaseloadQuery,
): Promise<KeysetPage<MonitoredPatient>> {
  const board = executor
    .selectFrom('care_team')
    .innerJoin('patient', 'patient.id', 'care_team.patient_id')
    .innerJoin('patient_monitoring as pm', 'pm.patient_id', 'patient.id')
    .where('care_team.clinician_user_id', '=', query.clinicianUserId)
    .where('pm.next_score_due_at', 'is not', null)
    .where(patientVisibleTo(query.scope))
    .select(['patient.id', 'patient.given_name', 'patient.family_name', 'patient.birth_date', ...monitoringColumns()])
    .select('pm.attention');
  const page = await fetchKeysetPage(
    board,
    [
      { column: 'pm.next_score_due_at', direction: 'asc' },
      { column: 'patient.id', direction: 'asc' },
    ],
    query,
    (row) => [row.next_score_due_at ?? '', row.id],
  );
  return { rows: page.rows.map((row) => toMonitoredPatient(row as MonitoringRow)), nextCursor: page.nextCursor };
}

/**
 * The next patients, in id order after `after`, that have records of the given stored types: the
 * backfill's walk over the (patient, type, time, id) index, one bounded page at a time.
 *
 * @param executor - Database or transaction.
 * @param query - The types, the last patient id of the previous page ('' to start) and the page size.
 * @returns Patient ids, ascending.
 */
export async function patientsWithRecords(
  executor: Executor,
  query: { readonly types: readonly string[]; readonly after: string; readonly limit: number },
): Promise<string[]> {
  if (query.types.length === 0) {
    return [];
  }
  const rows = await executor
    .selectFrom('clinical_record')
    .select('patient_id')
    .distinct()
    .where('patient_id', '>', query.after)
    .where('type', 'in', [...query.types])
    .orderBy('patient_id')
    .limit(query.limit)
    .execute();
  return rows.map((row) => row.patient_id);
}
