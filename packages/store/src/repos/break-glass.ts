import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { nowIso, type Executor } from '../executor.js';
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

/**
 * @param executor - Database or transaction.
 * @param userId - The clinician.
 * @param patientId - The patient.
 * @param at - The moment of the request.
 * @returns The grant in force at `at` (started, not yet expired) that ends last, or undefined.
 */
export async function findActiveBreakGlass(
  executor: Executor,
  userId: string,
  patientId: string,
  at: string,
): Promise<BreakGlassRecord | undefined> {
  const row = await executor
    .selectFrom('break_glass')
    .selectAll()
    .where('user_id', '=', userId)
    .where('patient_id', '=', patientId)
    .where('started_at', '<=', at)
    .where('expires_at', '>', at)
    .orderBy('expires_at', 'desc')
    .executeTakeFirst();
  return row === undefined ? undefined : toRecord(row);
}

/**
 * The privacy officer's review queue.
 *
 * @param executor - Database or transaction.
 * @param filter - Optionally only one facility's grants.
 * @returns Grants not yet reviewed, oldest first.
 */
export async function listUnreviewedBreakGlass(
  executor: Executor,
  filter: { facilityId?: string } = {},
): Promise<BreakGlassRecord[]> {
  const rows = await executor
    .selectFrom('break_glass')
    .selectAll()
    .where('reviewed_at', 'is', null)
    .$if(filter.facilityId !== undefined, (query) => query.where('facility_id', '=', filter.facilityId ?? ''))
    .orderBy('started_at')
    .orderBy('id')
    .execute();
  return rows.map(toRecord);
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
