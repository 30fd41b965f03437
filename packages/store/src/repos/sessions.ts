import type { Executor } from '../executor.js';
import { QueryTemplate } from '../query-template.js';
import type { AuthFlag, AuthTimestamp } from '../schema/auth-tables.js';
import type { MembershipRole } from '../vocabulary.js';
import { jsonArrayFrom, readJsonArray } from './json-aggregate.js';

/** One of a user's roles at a facility, as the session resolver reads it. */
export interface SessionMembership {
  readonly role: MembershipRole;
  readonly facilityId: string;
}

/** A better-auth session with the user it belongs to, as the session resolver needs it. */
export interface SessionWithUser {
  readonly sessionId: string;
  readonly createdAt: AuthTimestamp;
  readonly updatedAt: AuthTimestamp;
  readonly expiresAt: AuthTimestamp;
  readonly userId: string;
  readonly email: string;
  readonly name: string;
  /** better-auth's role column: the companion role of a user who joined without a clinic. */
  readonly role: string | null;
  readonly banned: AuthFlag | null;
  readonly banExpires: AuthTimestamp | null;
  readonly twoFactorEnabled: AuthFlag | null;
  /** Every membership of the user, by facility then role. */
  readonly memberships: readonly SessionMembership[];
}

/** Every signed-in request runs this query: compiled once, not per request. */
const SESSION_WITH_USER = new QueryTemplate((executor, [token = '']) =>
  executor
    .selectFrom('session')
    .innerJoin('user', 'user.id', 'session.userId')
    .select([
      'session.id as sessionId',
      'session.createdAt',
      'session.updatedAt',
      'session.expiresAt',
      'user.id as userId',
      'user.email',
      'user.name',
      'user.role',
      'user.banned',
      'user.banExpires',
      'user.twoFactorEnabled',
    ])
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
    )
    .where('session.token', '=', token),
);

/**
 * Resolves a session in ONE query: the session, its user and the user's memberships (aggregated
 * as a JSON array), because every signed-in request starts here.
 *
 * @param executor - Database or transaction.
 * @param token - The session token as stored in the `session` table.
 * @returns The session, its user and their memberships, or undefined when there is no such session.
 */
export async function findSessionWithUser(executor: Executor, token: string): Promise<SessionWithUser | undefined> {
  const [row] = await SESSION_WITH_USER.execute(executor, 'one', [token]);
  return row === undefined
    ? undefined
    : { ...row, memberships: readJsonArray(row.memberships as SessionMembership[] | string) };
}

/**
 * A session by its id, or by its token as stored: the column holds only a hash of the token
 * (decision 0014), which the caller computes, so a plain token cannot be passed by mistake.
 */
export type SessionKey = { readonly id: string } | { readonly tokenHash: string };

/**
 * Records activity on a session (our idle clock; better-auth never refreshes sessions).
 *
 * @param executor - Database or transaction.
 * @param session - The session, by id or by stored token hash.
 * @param at - Now, ISO-8601 UTC.
 */
export async function touchSession(executor: Executor, session: SessionKey, at: string): Promise<void> {
  await executor
    .updateTable('session')
    .set({ updatedAt: at })
    .$if('id' in session, (query) => query.where('id', '=', 'id' in session ? session.id : ''))
    .$if('tokenHash' in session, (query) => query.where('token', '=', 'tokenHash' in session ? session.tokenHash : ''))
    .execute();
}

/**
 * Ends one session (sign-out, idle or absolute timeout, a refused second factor).
 *
 * @param executor - Database or transaction.
 * @param session - The session, by id or by stored token hash.
 */
export async function deleteSession(executor: Executor, session: SessionKey): Promise<void> {
  await executor
    .deleteFrom('session')
    .$if('id' in session, (query) => query.where('id', '=', 'id' in session ? session.id : ''))
    .$if('tokenHash' in session, (query) => query.where('token', '=', 'tokenHash' in session ? session.tokenHash : ''))
    .execute();
}

/**
 * Ends every session of a user, optionally but one (logout everywhere, disable, a new second factor).
 *
 * @param executor - Database or transaction.
 * @param userId - The user.
 * @param keepTokenHash - The stored token hash of a session to keep (the one just started), if any.
 */
export async function deleteUserSessions(executor: Executor, userId: string, keepTokenHash?: string): Promise<void> {
  await executor
    .deleteFrom('session')
    .where('userId', '=', userId)
    .$if(keepTokenHash !== undefined, (query) => query.where('token', '!=', keepTokenHash ?? ''))
    .execute();
}
