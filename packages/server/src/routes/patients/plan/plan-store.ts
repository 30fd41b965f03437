import { ZPlanBody, type TPlanBody, type TPlanVersion } from '@kratom-care/contracts';
import {
  getFacilityUser,
  listClinicalRecords,
  type ClinicalRecord,
  type Executor,
  type KeysetPage,
} from '@kratom-care/store';
import { z } from 'zod';

/*
 * How the plan lives in the generic clinical_record table (no migration): one `plan` record per
 * patient holds the current revision and its row version IS the revision number, so a save is the
 * platform's conditional update (of two clinicians saving on the same revision, one gets 412); every
 * revision is also written as an append-only `plan-versions` record, which is the readable history.
 * docs/decisions/0025-plan-versions-and-notes.md.
 */

/** The stored type of the current plan (one per patient). */
export const PLAN_TYPE = 'plan';
/** The stored type of each revision (append-only history). */
export const PLAN_VERSIONS_TYPE = 'plan-versions';

/** A stored revision: the plan, its number and the staff's names as of the save. */
export const ZStoredPlan = ZPlanBody.extend({
  revision: z.number().int().min(1),
  staff: z.array(z.object({ userId: z.string(), name: z.string().nullable() })),
});
export type TStoredPlan = z.infer<typeof ZStoredPlan>;

/**
 * A stored revision as answered.
 *
 * @param record - A `plan-versions` (or `plan`) record.
 * @returns The revision with who saved it and when.
 */
export function planVersionView(record: ClinicalRecord): TPlanVersion {
  // Written only by the plan route from a body this schema describes.
  const stored = ZStoredPlan.parse(record.body);
  return {
    ...stored,
    id: record.id,
    patientId: record.patientId,
    savedAt: record.recordedAt,
    savedBy: record.recordedBy,
    savedByName: record.recordedByName,
  };
}

/**
 * The patient's current plan record (the newest, should there ever be two).
 *
 * @param executor - Transaction or database.
 * @param patientId - The patient.
 * @returns The record, or undefined before the first save.
 */
export async function currentPlanRecord(executor: Executor, patientId: string): Promise<ClinicalRecord | undefined> {
  const page = await listClinicalRecords(executor, { patientId, type: PLAN_TYPE, order: 'desc', limit: 1 });
  return page.rows[0];
}

/**
 * The newest revision: what the plan says now, who saved it and when.
 *
 * @param executor - Transaction or database.
 * @param patientId - The patient.
 * @returns The revision, or undefined before the first save.
 */
export async function currentPlanVersion(executor: Executor, patientId: string): Promise<TPlanVersion | undefined> {
  const page = await listPlanVersions(executor, { patientId, limit: 1 });
  const [newest] = page.rows;
  return newest === undefined ? undefined : planVersionView(newest);
}

/**
 * One page of revisions, newest first.
 *
 * @param executor - Transaction or database.
 * @param query - The patient, page size and cursor.
 * @returns The page.
 */
export function listPlanVersions(
  executor: Executor,
  query: { readonly patientId: string; readonly limit: number; readonly cursor?: string | undefined },
): Promise<KeysetPage<ClinicalRecord>> {
  return listClinicalRecords(executor, { ...query, type: PLAN_VERSIONS_TYPE, order: 'desc' });
}

/**
 * The clinicians a plan names, with their names, when each is a clinician of the patient's facility;
 * otherwise the paths of those who are not (400 naming the field).
 *
 * @param executor - The request's transaction.
 * @param plan - The plan to save.
 * @param facilityId - The patient's facility (none: nobody qualifies).
 * @param at - Now, ISO-8601 UTC.
 * @returns The staff with names, or the issues.
 */
export async function resolveStaff(
  executor: Executor,
  plan: TPlanBody,
  facilityId: string | null,
  at: string,
): Promise<{ staff: TStoredPlan['staff']; issues: { path: (string | number)[]; message: string }[] }> {
  const ids = [
    ...new Set([
      ...plan.responsibleUserIds,
      ...plan.interventions.flatMap((item) => (item.responsibleUserId === undefined ? [] : [item.responsibleUserId])),
    ]),
  ];
  const found = new Map<string, string>();
  for (const userId of ids) {
    const facilities = facilityId === null ? [] : [facilityId];
    const user = await getFacilityUser(executor, userId, {
      memberOf: facilities,
      rolesAt: facilities,
      role: 'clinician',
      at,
    });
    if (user !== undefined) {
      found.set(userId, user.name);
    }
  }
  const message = 'Must be a clinician of the patient’s facility';
  const issues = [
    ...plan.responsibleUserIds.flatMap((userId, index) =>
      found.has(userId) ? [] : [{ path: ['responsibleUserIds', index], message }],
    ),
    ...plan.interventions.flatMap((item, index) =>
      item.responsibleUserId === undefined || found.has(item.responsibleUserId)
        ? []
        : [{ path: ['interventions', index, 'responsibleUserId'], message }],
    ),
  ];
  return { staff: plan.responsibleUserIds.map((userId) => ({ userId, name: found.get(userId) ?? null })), issues };
}
