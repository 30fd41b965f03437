import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { nowIso, type Executor } from '../executor.js';
import type { MembershipTable } from '../schema/app-tables.js';
import type { MembershipRole } from '../vocabulary.js';

/** A user's role at one facility. A user may hold several. */
export interface MembershipRecord {
  readonly id: string;
  readonly userId: string;
  readonly facilityId: string;
  readonly role: MembershipRole;
  readonly createdAt: string;
}

function toMembershipRecord(row: Selectable<MembershipTable>): MembershipRecord {
  return { id: row.id, userId: row.user_id, facilityId: row.facility_id, role: row.role, createdAt: row.created_at };
}

/**
 * Gives a user a role at a facility. Adding a membership the user already holds changes nothing.
 *
 * @param executor - Database or transaction.
 * @param input - User, facility and role; `at` defaults to now.
 * @returns The membership, new or existing.
 */
export async function addMembership(
  executor: Executor,
  input: { userId: string; facilityId: string; role: MembershipRole; at?: string },
): Promise<MembershipRecord> {
  await executor
    .insertInto('membership')
    .values({
      id: randomUUID(),
      user_id: input.userId,
      facility_id: input.facilityId,
      role: input.role,
      created_at: input.at ?? nowIso(),
    })
    .onConflict((conflict) => conflict.columns(['user_id', 'facility_id', 'role']).doNothing())
    .execute();
  const row = await executor
    .selectFrom('membership')
    .selectAll()
    .where('user_id', '=', input.userId)
    .where('facility_id', '=', input.facilityId)
    .where('role', '=', input.role)
    .executeTakeFirstOrThrow();
  return toMembershipRecord(row);
}

/**
 * Takes a role at a facility away from a user.
 *
 * @param executor - Database or transaction.
 * @param input - User, facility and role.
 * @returns True when a membership was removed, false when the user did not hold it.
 */
export async function removeMembership(
  executor: Executor,
  input: { userId: string; facilityId: string; role: MembershipRole },
): Promise<boolean> {
  const result = await executor
    .deleteFrom('membership')
    .where('user_id', '=', input.userId)
    .where('facility_id', '=', input.facilityId)
    .where('role', '=', input.role)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/**
 * @param executor - Database or transaction.
 * @param userId - The user.
 * @returns The user's memberships, by facility then role.
 */
export async function listMembershipsForUser(executor: Executor, userId: string): Promise<MembershipRecord[]> {
  const rows = await executor
    .selectFrom('membership')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('facility_id')
    .orderBy('role')
    .execute();
  return rows.map(toMembershipRecord);
}

/**
 * Counts memberships with a role anywhere, e.g. whether any admin exists yet (first-start setup).
 *
 * @param executor - Database or transaction.
 * @param role - The role to count.
 * @returns How many memberships hold the role.
 */
export async function countMembershipsWithRole(executor: Executor, role: MembershipRole): Promise<number> {
  const row = await executor
    .selectFrom('membership')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('role', '=', role)
    .executeTakeFirstOrThrow();
  // PostgreSQL answers COUNT as a bigint, which the driver hands back as text.
  return Number(row.count);
}
