import type { Selectable } from 'kysely';
import { nowIso, type Executor } from '../executor.js';
import { fetchKeysetPage, type KeysetPage, type KeysetRequest } from '../keyset.js';
import type { CareTeamTable } from '../schema/app-tables.js';
import type { MembershipRole } from '../vocabulary.js';
import { jsonArrayFrom, readJsonArray } from './json-aggregate.js';

/** A clinician assigned to a patient's care team. */
export interface CareTeamMember {
  readonly patientId: string;
  readonly clinicianUserId: string;
  readonly addedBy: string;
  readonly createdAt: string;
}

function toRecord(row: Selectable<CareTeamTable>): CareTeamMember {
  return {
    patientId: row.patient_id,
    clinicianUserId: row.clinician_user_id,
    addedBy: row.added_by,
    createdAt: row.created_at,
  };
}

/**
 * Puts a clinician on a patient's care team. Adding someone already on it changes nothing.
 *
 * @param executor - Database or transaction.
 * @param input - Patient, clinician and who added them; `at` defaults to now.
 * @returns The care-team entry, new or existing.
 */
export async function addCareTeamMember(
  executor: Executor,
  input: { patientId: string; clinicianUserId: string; addedBy: string; at?: string },
): Promise<CareTeamMember> {
  await executor
    .insertInto('care_team')
    .values({
      patient_id: input.patientId,
      clinician_user_id: input.clinicianUserId,
      added_by: input.addedBy,
      created_at: input.at ?? nowIso(),
    })
    .onConflict((conflict) => conflict.columns(['patient_id', 'clinician_user_id']).doNothing())
    .execute();
  const row = await executor
    .selectFrom('care_team')
    .selectAll()
    .where('patient_id', '=', input.patientId)
    .where('clinician_user_id', '=', input.clinicianUserId)
    .executeTakeFirstOrThrow();
  return toRecord(row);
}

/**
 * @param executor - Database or transaction.
 * @param patientId - The patient.
 * @param clinicianUserId - The clinician to take off the team.
 * @returns True when the clinician was on the team.
 */
export async function removeCareTeamMember(
  executor: Executor,
  patientId: string,
  clinicianUserId: string,
): Promise<boolean> {
  const result = await executor
    .deleteFrom('care_team')
    .where('patient_id', '=', patientId)
    .where('clinician_user_id', '=', clinicianUserId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/**
 * @param executor - Database or transaction.
 * @param patientId - The patient.
 * @returns The patient's care team, earliest first.
 */
export async function listCareTeam(executor: Executor, patientId: string): Promise<CareTeamMember[]> {
  const rows = await executor
    .selectFrom('care_team')
    .selectAll()
    .where('patient_id', '=', patientId)
    .orderBy('created_at')
    .orderBy('clinician_user_id')
    .execute();
  return rows.map(toRecord);
}

/** A care-team member with their name and their roles at the patient's facility. */
export interface CareTeamMemberView {
  readonly userId: string;
  readonly name: string;
  readonly email: string;
  readonly roles: MembershipRole[];
  readonly addedAt: string;
}

/**
 * One page of a patient's care team, earliest member first, with names and roles: one query
 * (the roles are aggregated in SQL).
 *
 * @param executor - Database or transaction.
 * @param patient - The patient and their facility (whose roles are listed).
 * @param page - Limit and cursor.
 * @returns The page.
 * @throws InvalidCursorError for a cursor this list did not make.
 */
export async function listCareTeamMembers(
  executor: Executor,
  patient: { readonly id: string; readonly facilityId: string | null },
  page: KeysetRequest,
): Promise<KeysetPage<CareTeamMemberView>> {
  const query = executor
    .selectFrom('care_team')
    .innerJoin('user', 'user.id', 'care_team.clinician_user_id')
    .where('care_team.patient_id', '=', patient.id)
    .select((eb) => [
      'care_team.clinician_user_id',
      'care_team.created_at',
      'user.name',
      'user.email',
      jsonArrayFrom(
        executor,
        eb
          .selectFrom('membership')
          .select('membership.role as role')
          .whereRef('membership.user_id', '=', 'care_team.clinician_user_id')
          .where('membership.facility_id', '=', patient.facilityId ?? '')
          .orderBy('membership.role'),
      ).as('roles'),
    ]);
  const fetched = await fetchKeysetPage(
    query,
    [
      { column: 'care_team.created_at', direction: 'asc' },
      { column: 'care_team.clinician_user_id', direction: 'asc' },
    ],
    page,
    (row) => [row.created_at, row.clinician_user_id],
  );
  return {
    rows: fetched.rows.map((row) => ({
      userId: row.clinician_user_id,
      name: row.name,
      email: row.email,
      roles: readJsonArray(row.roles as { role: MembershipRole }[] | string).map((grant) => grant.role),
      addedAt: row.created_at,
    })),
    nextCursor: fetched.nextCursor,
  };
}
