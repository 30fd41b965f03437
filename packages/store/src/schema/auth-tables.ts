import type { ColumnType } from 'kysely';

/**
 * better-auth writes booleans as 0/1 and dates as ISO text on SQLite, and real booleans and
 * `timestamptz` on PostgreSQL, so reads see either form. The users repository normalises them.
 */
export type AuthFlag = boolean | number;
/** See {@link AuthFlag}: a `Date` on PostgreSQL, ISO text on SQLite. */
export type AuthTimestamp = Date | string;
type DefaultedTimestamp = ColumnType<AuthTimestamp, AuthTimestamp | undefined, AuthTimestamp>;

/** better-auth 1.7.25 `user`, with the `twoFactor` and `admin` plugin columns. */
export interface AuthUserTable {
  id: string;
  name: string;
  email: string;
  emailVerified: AuthFlag;
  image: string | null;
  createdAt: DefaultedTimestamp;
  updatedAt: DefaultedTimestamp;
  twoFactorEnabled: AuthFlag | null;
  role: string | null;
  banned: AuthFlag | null;
  banReason: string | null;
  banExpires: AuthTimestamp | null;
  /** Ours, not better-auth's (migration 0008): bumped by every admin change, checked by `If-Match`. */
  version: ColumnType<number, number | undefined, number>;
}

/** better-auth `session`: one row per signed-in browser. */
export interface AuthSessionTable {
  id: string;
  expiresAt: AuthTimestamp;
  token: string;
  createdAt: AuthTimestamp;
  updatedAt: AuthTimestamp;
  ipAddress: string | null;
  userAgent: string | null;
  userId: string;
  impersonatedBy: string | null;
}

/** better-auth `account`: the credential (scrypt password hash) of each user. */
export interface AuthAccountTable {
  id: string;
  accountId: string;
  providerId: string;
  userId: string;
  accessToken: string | null;
  refreshToken: string | null;
  idToken: string | null;
  accessTokenExpiresAt: AuthTimestamp | null;
  refreshTokenExpiresAt: AuthTimestamp | null;
  scope: string | null;
  password: string | null;
  createdAt: AuthTimestamp;
  updatedAt: AuthTimestamp;
}

/** better-auth `verification`: single-use tokens (password reset, invitations). */
export interface AuthVerificationTable {
  id: string;
  identifier: string;
  value: string;
  expiresAt: AuthTimestamp;
  createdAt: DefaultedTimestamp;
  updatedAt: DefaultedTimestamp;
}

/** better-auth `twoFactor`: the TOTP secret and recovery codes of a user. */
export interface AuthTwoFactorTable {
  id: string;
  secret: string;
  backupCodes: string;
  userId: string;
  verified: AuthFlag | null;
  failedVerificationCount: number | null;
  lockedUntil: AuthTimestamp | null;
}
