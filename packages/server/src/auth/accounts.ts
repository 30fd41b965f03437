import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@kratom-care/contracts';
import { setUserBanned, type AppDatabase } from '@kratom-care/store';
import { AppError } from '../errors.js';
import type { BetterAuth } from './better-auth.js';

/** Roles kept on the user row for people with no facility (see `rolesOf` in session-resolver.ts). */
export type CompanionRole = 'patient' | 'family';

export interface NewAccount {
  /** Lower-cased before storing. */
  readonly email: string;
  readonly name: string;
  /** Omit for an invited user, who sets one through the invitation link. */
  readonly password?: string;
  /** `patient` or `family` for someone with no facility; staff and clinic patients get memberships instead. */
  readonly companionRole?: CompanionRole;
  /** True when the email has been proven (an accepted invitation, an admin who typed it). */
  readonly emailVerified?: boolean;
}

function checkPasswordLength(password: string): void {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    throw new AppError('INVALID_BODY', 'The body is not valid', [
      {
        path: ['password'],
        message: `Must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`,
      },
    ]);
  }
}

/**
 * Creates a user through better-auth's adapter (scrypt hash, its own id scheme), with a password
 * credential when a password is given. Used by sign-up, setup, the CLI and the invite routes.
 *
 * @param auth - The better-auth instance.
 * @param account - Email, name, optional password, companion role.
 * @returns The new user's id.
 * @throws AppError CONFLICT when the email is taken.
 */
export async function createUserAccount(auth: BetterAuth, account: NewAccount): Promise<string> {
  const context = await auth.$context;
  const email = account.email.trim().toLowerCase();
  if ((await context.internalAdapter.findUserByEmail(email)) !== null) {
    throw new AppError('CONFLICT', 'An account with this email already exists');
  }
  if (account.password !== undefined) {
    checkPasswordLength(account.password);
  }
  const user = await context.internalAdapter.createUser(
    {
      email,
      name: account.name.trim(),
      emailVerified: account.emailVerified ?? false,
      role: account.companionRole ?? null,
    },
    { method: 'admin' },
  );
  if (account.password !== undefined) {
    await context.internalAdapter.linkAccount({
      userId: user.id,
      providerId: 'credential',
      accountId: user.id,
      password: await context.password.hash(account.password),
    });
  }
  return user.id;
}

/**
 * Sets (or replaces) a user's password and ends all their sessions.
 *
 * @param auth - The better-auth instance.
 * @param userId - The user.
 * @param password - The new password (12 to 128 characters).
 */
export async function setUserPassword(auth: BetterAuth, userId: string, password: string): Promise<void> {
  checkPasswordLength(password);
  const context = await auth.$context;
  const hash = await context.password.hash(password);
  if ((await context.internalAdapter.findCredentialAccount(userId)) === null) {
    await context.internalAdapter.linkAccount({ userId, providerId: 'credential', accountId: userId, password: hash });
  } else {
    await context.internalAdapter.updatePassword(userId, hash);
  }
  await context.internalAdapter.deleteUserSessions(userId);
}

/**
 * Disables a user (better-auth's ban, with no end date) and ends every session they have in the
 * same transaction, so the next request from any of them is 401 (SECURITY.md SE-03).
 *
 * @param db - The database.
 * @param userId - The user.
 * @param at - When, ISO-8601.
 * @returns False when there is no such user.
 */
export async function disableUser(db: AppDatabase, userId: string, at: string): Promise<boolean> {
  return (await setUserBanned(db, userId, { banned: true, reason: 'disabled', at })) !== 'not-found';
}

/**
 * Lets a disabled user sign in again.
 *
 * @param db - The database.
 * @param userId - The user.
 * @param at - When, ISO-8601.
 * @returns False when there is no such user.
 */
export async function enableUser(db: AppDatabase, userId: string, at: string): Promise<boolean> {
  return (await setUserBanned(db, userId, { banned: false, at })) !== 'not-found';
}
