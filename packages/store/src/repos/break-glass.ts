import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { nowIso, type Executor } from '../executor.js';
import { fetchKeysetPage, type KeysetPage, type KeysetRequest } from '../keyset.js';
import type { BreakGlassTable } from '../schema/app-tables.js';

/** A time-boxed emergency grant to open one patient outside the care team, flagged for review. */
export interface BreakGlassRecord {
  readonly id: string;
  readonly userId: string;
  readonly patientId: string;
  readonly facilityId: string;
  readonly reason: string;
  readonly startedAt: string;
  readonly expiresAt: string;
  readonly reviewedAt: string | null;
  readonly reviewedBy: string | null;
  readonly reviewNote: string | null;
}

function toRecord(row: Selectable<BreakGlassTable>): BreakGlassRecord {
  return {
    id: row.id,
    userId: row.user_id,
    patientId: row.patient_id,
    facilityId: row.facility_id,
    reason: row.reason,
    startedAt: row.started_at,
    expiresAt: row.expires_at,
    reviewedAt: row.reviewed_at,
    reviewedBy: row.reviewed_by,
    reviewNote: row.review_note,
  };
}

/**
 * Opens a break-glass grant. The policy decides who may and for how long.
 *
 * @param executor - Database or transaction.
 * @param input - Clinician, patient, facility, stated reason and duration; `at` defaults to now.
 * @returns The grant, expiring `durationMs` after it starts.
 */
export async function startBreakGlass(
  executor: Executor,
  input: { userId: string; patientId: string; facilityId: string; reason: string; durationMs: number; at?: string },
): Promise<BreakGlassRecord> {
  const startedAt = input.at ?? nowIso();
  const row: Selectable<BreakGlassTable> = {
    id: randomUUID(),
    user_id: input.userId,
    patient_id: input.patientId,
    facility_id: input.facilityId,
    reason: input.reason,
    started_at: startedAt,
    expires_at: new Date(Date.parse(startedAt) + input.durationMs).toISOString(),
    reviewed_at: null,
    reviewed_by: null,
    review_note: null,
  };
  await executor.insertInto('break_glass').values(row).execute();
  return toRecord(row);
}

/** A grant with the clinician's and the patient's names, for the privacy officer. */
export interface BreakGlassGrantView extends BreakGlassRecord {
  readonly userName: string | null;
  readonly patientName: string | null;
}

function grantsWithNames(executor: Executor) {
  return executor
    .selectFrom('break_glass')
    .leftJoin('user', 'user.id', 'break_glass.user_id')
    .leftJoin('patient', 'patient.id', 'break_glass.patient_id')
    .selectAll('break_glass')
    .select(['user.name as user_name', 'patient.given_name', 'patient.family_name']);
}

function toView(row: Awaited<ReturnType<ReturnType<typeof grantsWithNames>['execute']>>[number]): BreakGlassGrantView {
  const { user_name, given_name, family_name, ...grant } = row;
  return {
    ...toRecord(grant),
    userName: user_name,
    patientName: given_name === null || family_name === null ? null : `${given_name} ${family_name}`,
  };
}

/**
 * The privacy officer's review queue: one page of the grants of some facilities, reviewed or not,
 * oldest first, with names. One query.
 *
 * @param executor - Database or transaction.
 * @param filter - Facilities (empty: nothing) and whether to list reviewed or unreviewed grants.
 * @param page - Limit and cursor.
 * @returns The page.
 * @throws InvalidCursorError for a cursor this list did not make.
 */
export async function listBreakGlassGrants(
  executor: Executor,
  filter: { facilityIds: readonly string[]; reviewed: boolean },
  page: KeysetRequest,
): Promise<KeysetPage<BreakGlassGrantView>> {
  if (filter.facilityIds.length === 0) {
    return { rows: [], nextCursor: null };
  }
  const query = grantsWithNames(executor)
    .where('break_glass.facility_id', 'in', filter.facilityIds)
    .where('break_glass.reviewed_at', filter.reviewed ? 'is not' : 'is', null);
  const fetched = await fetchKeysetPage(
    query,
    [
      { column: 'break_glass.started_at', direction: 'asc' },
      { column: 'break_glass.id', direction: 'asc' },
    ],
    page,
    (row) => [row.started_at, row.id],
  );
  return { rows: fetched.rows.map(toView), nextCursor: fetched.nextCursor };
}

/**
 * @param executor - Database or transaction.
 * @param id - A grant.
 * @returns The grant with names, or undefined.
 */
export async function getBreakGlassGrant(executor: Executor, id: string): Promise<BreakGlassGrantView | undefined> {
  const row = await grantsWithNames(executor).where('break_glass.id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : toView(row);
}

/**
 * Marks a grant reviewed by the privacy officer.
 *
 * @param executor - Database or transaction.
 * @param id - The grant.
 * @param input - Reviewer and note; `at` defaults to now.
 * @returns The reviewed grant, `'not-found'`, or `'already-reviewed'`.
 */
export async function reviewBreakGlass(
  executor: Executor,
  id: string,
  input: { reviewedBy: string; note: string; at?: string },
): Promise<BreakGlassRecord | 'not-found' | 'already-reviewed'> {
  const row = await executor
    .updateTable('break_glass')
    .set({ reviewed_at: input.at ?? nowIso(), reviewed_by: input.reviewedBy, review_note: input.note })
    .where('id', '=', id)
    .where('reviewed_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
  if (row !== undefined) {
    return toRecord(row);
  }
  const existing = await executor.selectFrom('break_glass').select('id').where('id', '=', id).executeTakeFirst();
  return existing === undefined ? 'not-found' : 'already-reviewed';
}
