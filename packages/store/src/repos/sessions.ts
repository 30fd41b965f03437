import type { Executor } from '../executor.js';
import type { AuthFlag, AuthTimestamp } from '../schema/auth-tables.js';

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
}

/**
 * @param executor - Database or transaction.
 * @param token - A session token (taken out of its signed cookie).
 * @returns The session and its user, or undefined when there is no such session.
 */
export async function findSessionWithUser(executor: Executor, token: string): Promise<SessionWithUser | undefined> {
  return executor
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
    .where('session.token', '=', token)
    .executeTakeFirst();
}

/**
 * Records activity on a session (our idle clock; better-auth never refreshes sessions).
 *
 * @param executor - Database or transaction.
 * @param session - The session, by id or by token.
 * @param at - Now, ISO-8601 UTC.
 */
export async function touchSession(
  executor: Executor,
  session: { readonly id: string } | { readonly token: string },
  at: string,
): Promise<void> {
  await executor
    .updateTable('session')
    .set({ updatedAt: at })
    .$if('id' in session, (query) => query.where('id', '=', 'id' in session ? session.id : ''))
    .$if('token' in session, (query) => query.where('token', '=', 'token' in session ? session.token : ''))
    .execute();
}

/**
 * Ends one session (sign-out, idle or absolute timeout, a refused second factor).
 *
 * @param executor - Database or transaction.
 * @param session - The session, by id or by token.
 */
export async function deleteSession(
  executor: Executor,
  session: { readonly id: string } | { readonly token: string },
): Promise<void> {
  await executor
    .deleteFrom('session')
    .$if('id' in session, (query) => query.where('id', '=', 'id' in session ? session.id : ''))
    .$if('token' in session, (query) => query.where('token', '=', 'token' in session ? session.token : ''))
    .execute();
}

/**
 * Ends every session of a user, optionally but one (logout everywhere, disable, a new second factor).
 *
 * @param executor - Database or transaction.
 * @param userId - The user.
 * @param keepToken - The token of a session to keep (the one just started), if any.
 */
export async function deleteUserSessions(executor: Executor, userId: string, keepToken?: string): Promise<void> {
  await executor
    .deleteFrom('session')
    .where('userId', '=', userId)
    .$if(keepToken !== undefined, (query) => query.where('token', '!=', keepToken ?? ''))
    .execute();
}
