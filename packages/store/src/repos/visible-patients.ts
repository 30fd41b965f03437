import type { Executor } from '../executor.js';
import { clampPage, type Page, type PageRequest } from '../page.js';
import { patientVisibleTo, type PatientScope } from './patient-scope.js';
import { toPatientRecord, type PatientRecord } from './patients.js';

/** Sort fields the patient list accepts, mapped to columns. Nothing else reaches ORDER BY. */
const SORT_COLUMNS = {
  familyName: 'family_name',
  givenName: 'given_name',
  birthDate: 'birth_date',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
} as const;

/** The allowlist of sort fields for {@link listVisiblePatients}. */
export const PATIENT_SORT_FIELDS = Object.keys(SORT_COLUMNS) as readonly PatientSortField[];
export type PatientSortField = keyof typeof SORT_COLUMNS;

/** A page request for the patient list. */
export interface PatientListRequest extends PageRequest {
  readonly sort: PatientSortField;
  readonly order: 'asc' | 'desc';
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
 * Lists the patients a scope allows, sorted by an allowlisted field (ties broken by id so pages
 * are stable), with the total counted under the same filter.
 *
 * @param executor - Database or transaction.
 * @param scope - What the caller may see.
 * @param request - Page, sort field and order; the page is clamped to 1..200 rows.
 * @returns One page and the total number of visible patients.
 * @throws RangeError for a sort field outside {@link PATIENT_SORT_FIELDS} (validate input first).
 */
export async function listVisiblePatients(
  executor: Executor,
  scope: PatientScope,
  request: PatientListRequest,
): Promise<Page<PatientRecord>> {
  const { limit, offset } = clampPage(request);
  if (!Object.hasOwn(SORT_COLUMNS, request.sort)) {
    throw new RangeError(`unknown patient sort field: ${request.sort}`);
  }
  const column = SORT_COLUMNS[request.sort];
  const order = request.order === 'desc' ? 'desc' : 'asc';
  const visible = executor.selectFrom('patient').where(patientVisibleTo(scope));
  const [rows, count] = await Promise.all([
    visible
      .selectAll()
      // Missing values (birth date) go last either way; the databases disagree by default.
      .orderBy(column, (ob) => (order === 'asc' ? ob.asc() : ob.desc()).nullsLast())
      .orderBy('id', order)
      .limit(limit)
      .offset(offset)
      .execute(),
    visible.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map(toPatientRecord), total: count.total };
}
