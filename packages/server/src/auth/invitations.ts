import { randomBytes } from 'node:crypto';
import { invitationValue, invitedUserId } from '@kratom-care/store';
import { AppError } from '../errors.js';
import type { BetterAuth } from './better-auth.js';
import type { Clock } from './clock.js';
import type { Mailer } from './mailer.js';

/** An invitation link works for three days, once. */
export const INVITATION_TTL_MS = 72 * 60 * 60 * 1000;

const PREFIX = 'invitation:';

/** What the inviting route gets back. Never send `token` or `link` in an API response. */
export interface Invitation {
  readonly token: string;
  readonly link: string;
  readonly expiresAt: Date;
}

export interface InvitationDeps {
  readonly auth: BetterAuth;
  readonly clock: Clock;
  readonly mailer: Mailer;
  readonly publicUrl: string;
}

/**
 * The link an invitation mail carries; the token sits in the fragment so it never reaches a log.
 *
 * @param publicUrl - The public origin.
 * @param token - The invitation token.
 * @returns The URL.
 */
export function invitationLink(publicUrl: string, token: string): string {
  return `${publicUrl}/invitation#token=${token}`;
}

/**
 * Invites an existing user (created by staff without a password) to set their password: mints a
 * single-use token that expires in 72 hours, stores only its hash (better-auth's verification
 * table, `storeIdentifier: 'hashed'`) and mails the link. Every earlier invitation link of the
 * person stops working first, so at most one is live: a re-invite supersedes, it does not add.
 *
 * @param deps - better-auth, clock, mailer and public URL.
 * @param userId - The invited user.
 * @returns The token, link and expiry (for tests and the dev outbox; not for API responses).
 * @throws When the user does not exist.
 */
export async function createInvitation(deps: InvitationDeps, userId: string): Promise<Invitation> {
  const context = await deps.auth.$context;
  const user = await context.internalAdapter.findUserById(userId);
  if (user === null) {
    throw new Error(`cannot invite unknown user ${userId}`);
  }
  await withdrawInvitations(context, userId);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(deps.clock().getTime() + INVITATION_TTL_MS);
  await context.internalAdapter.createVerificationValue({
    identifier: `${PREFIX}${token}`,
    // Marked as an invitation so the admin screen can show it as pending and cancel it.
    value: invitationValue(userId),
    expiresAt,
  });
  const link = invitationLink(deps.publicUrl, token);
  await deps.mailer.send({
    to: user.email,
    subject: 'You are invited to kratom-care',
    text: 'Your care team invited you to kratom-care. Open the link within three days to choose your password.',
    link,
  });
  return { token, link, expiresAt };
}

/**
 * Uses an invitation up. Used or not, the token is gone afterwards; once used, every other
 * invitation link of the same person is withdrawn too.
 *
 * @param deps - better-auth and clock.
 * @param token - The token from the link.
 * @returns The invited user's id.
 * @throws AppError INVALID_TOKEN when the token is unknown, used or expired.
 */
export async function consumeInvitation(deps: Pick<InvitationDeps, 'auth' | 'clock'>, token: string): Promise<string> {
  const context = await deps.auth.$context;
  const row = await context.internalAdapter.consumeVerificationValue(`${PREFIX}${token}`);
  if (row === null || new Date(row.expiresAt).getTime() <= deps.clock().getTime()) {
    throw new AppError(
      'INVALID_TOKEN',
      'This invitation link is not valid any more. Ask your care team for a new one.',
    );
  }
  const userId = invitedUserId(row.value);
  // The other links sent to this person would otherwise still set a password: withdraw them.
  await withdrawInvitations(context, userId);
  return userId;
}

/** Deletes every invitation link of the person (through better-auth, which wrote them). */
async function withdrawInvitations(context: Awaited<BetterAuth['$context']>, userId: string): Promise<void> {
  await context.adapter.deleteMany({
    model: 'verification',
    where: [{ field: 'value', value: invitationValue(userId) }],
  });
}
