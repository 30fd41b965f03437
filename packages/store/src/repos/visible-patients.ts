import type { Executor } from '../executor.js';
import { fetchKeysetPage, type KeysetPage, type KeysetRequest } from '../keyset.js';
import { patientCandidates } from './patient-candidates.js';
import { patientVisibleTo, type PatientScope } from './patient-scope.js';
import { toPatientRecord, type PatientRecord } from './patients.js';
import { anyColumnContains } from './text-search.js';

/**
 * Sort fields the patient list accepts, mapped to columns. Nothing else reaches ORDER BY. Only
 * NOT NULL columns: a keyset cursor cannot stand on a missing value.
 */
const SORT_COLUMNS = {
  familyName: 'family_name',
  givenName: 'given_name',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
} as const;

/** The allowlist of sort fields for {@link listVisiblePatients}. */
export const PATIENT_SORT_FIELDS = Object.keys(SORT_COLUMNS) as readonly PatientSortField[];
export type PatientSortField = keyof typeof SORT_COLUMNS;

/** A page request for the patient list. */
export interface PatientListRequest extends KeysetRequest {
  readonly sort: PatientSortField;
  readonly order: 'asc' | 'desc';
  /** Given or family name contains this, case-insensitive. */
  readonly q?: string | undefined;
}

/**
 * Reads a patient only when the scope allows it, with the same filter the list uses. Hidden and
 * missing patients both come back undefined, so callers answer both with the same 404.
 *
 * @param executor - Database or transaction.
 * @param scope - What the caller may see.
 * @param id - Patient id.
 * @returns The patient, or undefined when it is missing or outside the scope.
 */
export async function getVisiblePatient(
  executor: Executor,
  scope: PatientScope,
  id: string,
): Promise<PatientRecord | undefined> {
  const row = await executor
    .selectFrom('patient')
    .selectAll()
    .where('patient.id', '=', id)
    .where(patientVisibleTo(scope))
    .executeTakeFirst();
  return row === undefined ? undefined : toPatientRecord(row);
}

/**
 * Lists the patients a scope allows, optionally searched by name, sorted by an allowlisted field
 * with ties broken by id (the pair is the keyset cursor). One query; nothing is counted.
 *
 * @param executor - Database or transaction.
 * @param scope - What the caller may see.
 * @param request - Search, sort field, order, limit (clamped to 1..100) and cursor.
 * @returns One page of visible patients.
 * @throws RangeError for a sort field outside {@link PATIENT_SORT_FIELDS} (validate input first).
 * @throws InvalidCursorError for a cursor this list did not make.
 */
export async function listVisiblePatients(
  executor: Executor,
  scope: PatientScope,
  request: PatientListRequest,
): Promise<KeysetPage<PatientRecord>> {
  if (!Object.hasOwn(SORT_COLUMNS, request.sort)) {
    throw new RangeError(`unknown patient sort field: ${request.sort}`);
  }
  const column = SORT_COLUMNS[request.sort];
  const direction = request.order === 'desc' ? 'desc' : 'asc';
  const { q } = request;
  const candidates = patientCandidates(executor, scope);
  const all = executor.selectFrom('patient').selectAll();
  // Start from the caller's own patients (an index each), then apply the exact scope.
  const query = (candidates === undefined ? all : all.where('patient.id', 'in', candidates))
    .where(patientVisibleTo(scope))
    .$if(q !== undefined && q !== '', (builder) =>
      builder.where((eb) => anyColumnContains(eb, ['patient.given_name', 'patient.family_name'], q ?? '')),
    );
  const order = [
    { column: `patient.${column}`, direction },
    { column: 'patient.id', direction },
  ] as const;
  const page = await fetchKeysetPage(query, order, request, (row) => [row[column], row.id]);
  return { rows: page.rows.map(toPatientRecord), nextCursor: page.nextCursor };
}
