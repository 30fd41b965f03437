import type { Selectable } from 'kysely';
import { dialectOf, nowIso, withTransaction, type Executor } from '../executor.js';
import { fetchKeysetPage, type KeysetPage, type KeysetRequest } from '../keyset.js';
import type { AuthUserTable } from '../schema/auth-tables.js';
import type { MembershipRole } from '../vocabulary.js';
import { authFlag as flag, authTime as isoTime } from './auth-values.js';
import { jsonArrayFrom, readJsonArray } from './json-aggregate.js';

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
  /** better-auth's own role column: `patient` or `family` for a self-registered companion user. */
  readonly companionRole: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A user with every facility role they hold, by facility then role. */
export interface UserWithMemberships extends UserRecord {
  readonly memberships: { readonly role: MembershipRole; readonly facilityId: string }[];
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
    companionRole: row.role,
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
 * Lists every user by email with their memberships (`kratom-care user list`), one query per page.
 *
 * @param executor - Database or transaction.
 * @param page - Limit (1..100) and the cursor of the previous page.
 * @returns One page of users.
 * @throws InvalidCursorError for a cursor this list did not make.
 */
export async function listUsersWithMemberships(
  executor: Executor,
  page: KeysetRequest,
): Promise<KeysetPage<UserWithMemberships>> {
  const query = executor
    .selectFrom('user')
    .selectAll('user')
    .select((eb) =>
      jsonArrayFrom(
        executor,
        eb
          .selectFrom('membership')
          .select(['membership.role as role', 'membership.facility_id as facilityId'])
          .whereRef('membership.user_id', '=', 'user.id')
          .orderBy('membership.facility_id')
          .orderBy('membership.role'),
      ).as('memberships'),
    );
  const fetched = await fetchKeysetPage(
    query,
    [
      { column: 'user.email', direction: 'asc' },
      { column: 'user.id', direction: 'asc' },
    ],
    page,
    (row) => [row.email, row.id],
  );
  return {
    rows: fetched.rows.map(({ memberships, ...row }) => ({
      ...toRecord(row),
      memberships: readJsonArray(memberships as UserWithMemberships['memberships'] | string),
    })),
    nextCursor: fetched.nextCursor,
  };
}

/**
 * Moves an account to its next version (an admin changed it). With `expected`, only when the
 * account is still at that version: the optimistic check behind `If-Match`.
 *
 * @param executor - Database or transaction (the change itself should share it).
 * @param userId - The user.
 * @param expected - The version the admin read, or undefined to bump whatever it is.
 * @returns The new version, or `stale` when the account is not at `expected` (or does not exist).
 */
export async function bumpUserVersion(
  executor: Executor,
  userId: string,
  expected?: number,
): Promise<number | 'stale'> {
  const row = await executor
    .updateTable('user')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', userId)
    .$if(expected !== undefined, (query) => query.where('version', '=', expected ?? 0))
    .returning('version')
    .executeTakeFirst();
  return row === undefined ? 'stale' : row.version;
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
