import type { Executor } from '../executor.js';

/**
 * An invitation is a better-auth `verification` row whose identifier is the hashed token and
 * whose value is this prefix plus the invited user's id. The prefix tells invitations apart from
 * password-reset and two-factor rows, whose value is the bare user id, so the admin screen can show
 * a pending invitation and cancel exactly that.
 */
export const INVITATION_VALUE_PREFIX = 'invitation:';

/**
 * @param userId - The invited user.
 * @returns The `verification.value` of that user's invitations.
 */
export function invitationValue(userId: string): string {
  return `${INVITATION_VALUE_PREFIX}${userId}`;
}

/**
 * Reads the user id back from an invitation's `verification.value`. Rows written before the
 * prefix existed hold the bare id.
 *
 * @param value - The stored value.
 * @returns The user id.
 */
export function invitedUserId(value: string): string {
  return value.startsWith(INVITATION_VALUE_PREFIX) ? value.slice(INVITATION_VALUE_PREFIX.length) : value;
}

/**
 * Withdraws every invitation link of a user: the links stop working at once.
 *
 * @param executor - Database or transaction.
 * @param userId - The invited user.
 * @returns How many links were withdrawn.
 */
export async function deleteInvitations(executor: Executor, userId: string): Promise<number> {
  const result = await executor
    .deleteFrom('verification')
    .where('value', '=', invitationValue(userId))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
