import { sql, type ExpressionBuilder } from 'kysely';
import type { DatabaseSchema } from '../database-schema.js';
import { dialectOf, type Executor } from '../executor.js';
import { fetchKeysetPage, type KeysetPage, type KeysetRequest, type SortColumn } from '../keyset.js';
import type { MembershipRole } from '../vocabulary.js';
import { authFlag, authTime } from './auth-values.js';
import { INVITATION_VALUE_PREFIX } from './invitations.js';
import { jsonArrayFrom, readJsonArray } from './json-aggregate.js';
import { aWordStartsWith, lowerCaseColumnStartsWith } from './text-search.js';

/** Where an account stands: invited until a password is chosen, then active; disabled wins. */
export type UserStatus = 'invited' | 'active' | 'disabled';

/** A user as the admin screen and the privacy officer's person picker show them. */
export interface FacilityUser {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly status: UserStatus;
  /** True once a password was chosen (the invitation accepted), disabled or not. */
  readonly hasPassword: boolean;
  /** The newest invitation link still usable, or null. */
  readonly invitation: { readonly sentAt: string; readonly expiresAt: string } | null;
  /** Roles at the facilities the caller asked about, by facility then role. */
  readonly roles: { readonly role: MembershipRole; readonly facilityId: string }[];
  /** The account's row version: what an admin's `If-Match` names. */
  readonly version: number;
}

/** Which users, and which of their roles, a facility-user query reads. */
export interface FacilityUserFilter {
  /** Only users with a role at one of these facilities. Empty: nobody. */
  readonly memberOf: readonly string[];
  /** The facilities whose roles are listed (the caller's, which may be wider than `memberOf`). */
  readonly rolesAt: readonly string[];
  /** Now, ISO-8601 UTC: invitations that expired are not pending. */
  readonly at: string;
  /** Email starts with this, or a word of the name does; case-insensitive. */
  readonly q?: string;
  readonly status?: UserStatus;
  readonly userId?: string;
  /** Only users holding this role at one of `memberOf`. */
  readonly role?: MembershipRole;
}

const ORDER: readonly SortColumn[] = [
  { column: 'user.email', direction: 'asc' },
  { column: 'user.id', direction: 'asc' },
];

type UserScope = ExpressionBuilder<DatabaseSchema, 'user'>;

function hasPassword(eb: UserScope) {
  return eb.exists(
    eb
      .selectFrom('account')
      .select('account.id')
      .whereRef('account.userId', '=', 'user.id')
      .where('account.password', 'is not', null),
  );
}

function isBanned(eb: UserScope, sqlite: boolean) {
  return eb('user.banned', '=', sqlite ? 1 : true);
}

function statusCondition(eb: UserScope, status: UserStatus, sqlite: boolean) {
  if (status === 'disabled') {
    return isBanned(eb, sqlite);
  }
  const notBanned = eb.or([eb('user.banned', 'is', null), eb.not(isBanned(eb, sqlite))]);
  return eb.and([notBanned, status === 'active' ? hasPassword(eb) : eb.not(hasPassword(eb))]);
}

/** The newest pending invitation's `column` (send time or expiry) as a scalar subquery. */
function pendingInvitation(eb: UserScope, column: 'createdAt' | 'expiresAt', now: Date | string) {
  return eb
    .selectFrom('verification')
    .select(`verification.${column}`)
    .where((inner) =>
      inner(
        inner.ref('verification.value'),
        '=',
        sql<string>`cast(${INVITATION_VALUE_PREFIX} as text) || ${sql.ref('user.id')}`,
      ),
    )
    .where('verification.expiresAt', '>', now)
    .orderBy('verification.expiresAt', 'desc')
    .limit(1);
}

/**
 * The search: an email starting with `q`, or (when `q` has no `@`) a word of the name starting
 * with it. An address is answered from the email index (migration 0006) alone; a name search also
 * reads the names of the facility's members, which grow with its staff, not with the records.
 */
function personMatches(eb: UserScope, q: string) {
  const email = lowerCaseColumnStartsWith('user.email', q);
  return q.includes('@') ? email : eb.or([email, aWordStartsWith(eb, 'user.name', q)]);
}

function facilityUsersQuery(executor: Executor, filter: FacilityUserFilter) {
  const sqlite = dialectOf(executor) === 'sqlite';
  const now = sqlite ? filter.at : new Date(filter.at);
  const { q, status, userId } = filter;
  // The members of the facilities, read from the membership index: a page costs what the
  // facility's people cost, not what every account in the network does.
  return executor
    .selectFrom('user')
    .where('user.id', 'in', (eb) =>
      eb
        .selectFrom('membership')
        .select('membership.user_id')
        .where('membership.facility_id', 'in', filter.memberOf)
        .$if(filter.role !== undefined, (query) => query.where('membership.role', '=', filter.role ?? 'clinician')),
    )
    .$if(q !== undefined && q !== '', (query) => query.where((eb) => personMatches(eb, q ?? '')))
    .$if(status !== undefined, (query) => query.where((eb) => statusCondition(eb, status ?? 'active', sqlite)))
    .$if(userId !== undefined, (query) => query.where('user.id', '=', userId ?? ''))
    .select((eb) => [
      'user.id',
      'user.name',
      'user.email',
      'user.banned',
      'user.version',
      hasPassword(eb).as('has_password'),
      pendingInvitation(eb, 'createdAt', now).as('invitation_sent_at'),
      pendingInvitation(eb, 'expiresAt', now).as('invitation_expires_at'),
      jsonArrayFrom(
        executor,
        eb
          .selectFrom('membership')
          .select(['membership.role as role', 'membership.facility_id as facilityId'])
          .whereRef('membership.user_id', '=', 'user.id')
          .where('membership.facility_id', 'in', filter.rolesAt.length === 0 ? [''] : filter.rolesAt)
          .orderBy('membership.facility_id')
          .orderBy('membership.role'),
      ).as('roles'),
    ]);
}

type FacilityUserRow = Awaited<ReturnType<ReturnType<typeof facilityUsersQuery>['execute']>>[number];

function status(banned: boolean, hasPassword: boolean): UserStatus {
  if (banned) {
    return 'disabled';
  }
  return hasPassword ? 'active' : 'invited';
}

function toFacilityUser(row: FacilityUserRow): FacilityUser {
  const hasPassword = authFlag(row.has_password);
  const sentAt = row.invitation_sent_at;
  const expiresAt = row.invitation_expires_at;
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    status: status(authFlag(row.banned), hasPassword),
    hasPassword,
    // Only someone who has not chosen a password yet has an invitation pending.
    invitation:
      hasPassword || sentAt === null || expiresAt === null
        ? null
        : { sentAt: authTime(sentAt), expiresAt: authTime(expiresAt) },
    roles: readJsonArray(row.roles as FacilityUser['roles'] | string),
    version: row.version,
  };
}

/**
 * One page of the users with a role at some facilities, by email, each with their status, pending
 * invitation and roles there: one query per page (roles are aggregated in SQL, not read per row).
 *
 * @param executor - Database or transaction.
 * @param filter - Facilities, search, status.
 * @param page - Limit and cursor.
 * @returns The page.
 * @throws InvalidCursorError for a cursor this list did not make.
 */
export async function listFacilityUsers(
  executor: Executor,
  filter: FacilityUserFilter,
  page: KeysetRequest,
): Promise<KeysetPage<FacilityUser>> {
  if (filter.memberOf.length === 0) {
    return { rows: [], nextCursor: null };
  }
  const fetched = await fetchKeysetPage(facilityUsersQuery(executor, filter), ORDER, page, (row) => [
    row.email,
    row.id,
  ]);
  return { rows: fetched.rows.map(toFacilityUser), nextCursor: fetched.nextCursor };
}

/**
 * One user, read like {@link listFacilityUsers} reads them.
 *
 * @param executor - Database or transaction.
 * @param userId - The user.
 * @param filter - Facilities the user must have a role at, and whose roles to list.
 * @returns The user, or undefined when they hold no role at `memberOf` (or do not exist).
 */
export async function getFacilityUser(
  executor: Executor,
  userId: string,
  filter: Omit<FacilityUserFilter, 'userId' | 'q' | 'status'>,
): Promise<FacilityUser | undefined> {
  const page = await listFacilityUsers(executor, { ...filter, userId }, { limit: 1 });
  return page.rows[0];
}
