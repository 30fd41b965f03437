import type { Selectable } from 'kysely';
import { dialectOf, nowIso, withTransaction, type Executor } from '../executor.js';
import { clampPage, type Page, type PageRequest } from '../page.js';
import type { AuthFlag, AuthTimestamp, AuthUserTable } from '../schema/auth-tables.js';
import { toMembershipRecord, type MembershipRecord } from './memberships.js';

/**
 * A read of better-auth's `user` row. better-auth owns writes (sign-up, passwords, 2FA); we
 * only read users and disable them.
 */
export interface UserRecord {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly emailVerified: boolean;
  readonly twoFactorEnabled: boolean;
  readonly banned: boolean;
  readonly banReason: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A user with every facility role they hold. */
export interface UserWithMemberships extends UserRecord {
  readonly memberships: MembershipRecord[];
}

function flag(value: AuthFlag | null): boolean {
  return value === true || value === 1;
}

function isoTime(value: AuthTimestamp): string {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : date.toISOString();
}

function toRecord(row: Selectable<AuthUserTable>): UserRecord {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    emailVerified: flag(row.emailVerified),
    twoFactorEnabled: flag(row.twoFactorEnabled),
    banned: flag(row.banned),
    banReason: row.banReason,
    createdAt: isoTime(row.createdAt),
    updatedAt: isoTime(row.updatedAt),
  };
}

/**
 * @param executor - Database or transaction.
 * @param id - User id.
 * @returns The user, or undefined.
 */
export async function getUserById(executor: Executor, id: string): Promise<UserRecord | undefined> {
  const row = await executor.selectFrom('user').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : toRecord(row);
}

/**
 * @param executor - Database or transaction.
 * @param email - An email address in any case; better-auth stores them lower-cased.
 * @returns The user, or undefined.
 */
export async function getUserByEmail(executor: Executor, email: string): Promise<UserRecord | undefined> {
  const row = await executor
    .selectFrom('user')
    .selectAll()
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  return row === undefined ? undefined : toRecord(row);
}

/**
 * Lists users by email with their memberships (admin screen, `kratom-care user list`).
 *
 * @param executor - Database or transaction.
 * @param page - Which page; clamped to 1..200 rows.
 * @returns One page of users and the total number of users.
 */
export async function listUsersWithMemberships(
  executor: Executor,
  page: PageRequest = { limit: 200, offset: 0 },
): Promise<Page<UserWithMemberships>> {
  const { limit, offset } = clampPage(page);
  const [rows, count] = await Promise.all([
    executor.selectFrom('user').selectAll().orderBy('email').orderBy('id').limit(limit).offset(offset).execute(),
    executor
      .selectFrom('user')
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .executeTakeFirstOrThrow(),
  ]);
  const ids = rows.map((row) => row.id);
  const memberships =
    ids.length === 0
      ? []
      : await executor
          .selectFrom('membership')
          .selectAll()
          .where('user_id', 'in', ids)
          .orderBy('facility_id')
          .orderBy('role')
          .execute();
  const users = rows.map((row) => ({
    ...toRecord(row),
    memberships: memberships.filter((membership) => membership.user_id === row.id).map(toMembershipRecord),
  }));
  return { rows: users, total: count.total };
}

/**
 * Disables or re-enables a user. Disabling also deletes every session of the user, so the next
 * request with an old cookie is unauthenticated (SECURITY.md SE, F16).
 *
 * @param executor - Database or transaction.
 * @param userId - The user.
 * @param input - `banned`, an optional reason, and `at` (defaults to now).
 * @returns The updated user, or `'not-found'`.
 */
export async function setUserBanned(
  executor: Executor,
  userId: string,
  input: { banned: boolean; reason?: string | null; at?: string },
): Promise<UserRecord | 'not-found'> {
  const at = input.at ?? nowIso();
  // Written the way better-auth's Kysely adapter writes them, so it reads them back alike.
  const sqlite = dialectOf(executor) === 'sqlite';
  return withTransaction(executor, async (trx) => {
    const row = await trx
      .updateTable('user')
      .set({
        banned: sqlite ? Number(input.banned) : input.banned,
        banReason: input.banned ? (input.reason ?? null) : null,
        banExpires: null,
        updatedAt: sqlite ? at : new Date(at),
      })
      .where('id', '=', userId)
      .returningAll()
      .executeTakeFirst();
    if (row === undefined) {
      return 'not-found';
    }
    if (input.banned) {
      await trx.deleteFrom('session').where('userId', '=', userId).execute();
    }
    return toRecord(row);
  });
}
