import { ROLES, type TRole } from '@kratom-care/contracts';
import {
  deleteSession,
  deleteUserSessions as deleteSessionsOfUser,
  findSessionWithUser,
  sessionTokenDigest,
  touchSession as recordSessionActivity,
  type AppDatabase,
  type SessionMembership,
  type SessionWithUser,
} from '@kratom-care/store';
import type { Clock } from './clock.js';
import { isStaffRole, type Principal, type RoleGrant } from './principal.js';
import type { SessionCache } from './session-cache.js';
import { readCookie } from './session-cookie.js';
import { VerifiedCookies } from './verified-cookies.js';

/** Idle limits (SECURITY.md SE-04, F16). */
export const STAFF_IDLE_MS = 15 * 60 * 1000;
export const OTHERS_IDLE_MS = 30 * 60 * 1000;
/** No session lives longer than this after sign-in. */
export const ABSOLUTE_SESSION_MS = 12 * 60 * 60 * 1000;
/** Last activity is written at most this often, so a busy user does not cost a write per request. */
export const ACTIVITY_WRITE_INTERVAL_MS = 60 * 1000;

/** Roles a user may hold with no facility, recorded on the user row (`user.role`). */
const COMPANION_ROLES: ReadonlySet<string> = new Set<TRole>(['patient', 'family']);
const KNOWN_ROLES: ReadonlySet<string> = new Set(ROLES);

export interface ResolverDeps {
  readonly db: AppDatabase;
  readonly clock: Clock;
  readonly secret: string;
  readonly cookieName: string;
  /** The app's memo of checked cookies; without it each call checks the signature afresh. */
  readonly cookies?: VerifiedCookies;
  /** The app's kept sessions; without it every call reads the database. */
  readonly sessions?: SessionCache;
}

/** What the resolver found: the caller, and whether the browser's cookie should be cleared. */
export interface Resolution {
  readonly principal: Principal | null;
  readonly clearCookie: boolean;
}

const NONE: Resolution = { principal: null, clearCookie: false };
const ENDED: Resolution = { principal: null, clearCookie: true };

/** better-auth writes `Date`s on PostgreSQL and ISO text on SQLite, and booleans as 0/1 on SQLite. */
function toDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

function isTrue(flag: boolean | number | null): boolean {
  return flag === true || flag === 1;
}

/**
 * The caller's roles: one per membership row, plus the companion role (`patient` or `family`
 * with no facility) kept on the user row for people who joined without a clinic.
 *
 * @param memberships - The user's memberships, read with the session.
 * @param companionRole - `user.role`.
 * @returns The role grants.
 */
export function rolesOf(memberships: readonly SessionMembership[], companionRole: string | null): RoleGrant[] {
  const roles: RoleGrant[] = memberships.map((row) => ({ role: row.role, facilityId: row.facilityId }));
  if (companionRole !== null && COMPANION_ROLES.has(companionRole) && KNOWN_ROLES.has(companionRole)) {
    roles.push({ role: companionRole as TRole, facilityId: null });
  }
  return roles;
}

/**
 * The idle limit for a set of roles: staff get the shorter one.
 *
 * @param roles - The caller's roles.
 * @returns Milliseconds of inactivity allowed.
 */
export function idleLimitMs(roles: readonly RoleGrant[]): number {
  return roles.some((grant) => isStaffRole(grant.role)) ? STAFF_IDLE_MS : OTHERS_IDLE_MS;
}

/**
 * Ends every session of a user at once (logout everywhere, disable).
 *
 * @param db - The database.
 * @param userId - The user.
 */
export async function deleteUserSessions(db: AppDatabase, userId: string): Promise<void> {
  await deleteSessionsOfUser(db, userId);
}

/**
 * Records activity on a session that just started, by our clock, so its idle time counts from
 * the sign-in as the server sees it.
 *
 * @param deps - Database and clock.
 * @param token - The new session's token.
 */
export async function touchSession(deps: Pick<ResolverDeps, 'db' | 'clock'>, token: string): Promise<void> {
  await recordSessionActivity(deps.db, { tokenHash: sessionTokenDigest(token) }, deps.clock().toISOString());
}

/**
 * Resolves the session cookie to a principal and enforces our session rules on every request:
 * idle time (15 min staff, 30 min others), the 12 h absolute limit, logout and disabled users.
 * A session that fails any of them is deleted, so it cannot come back.
 *
 * With the app's {@link SessionCache}, a session kept from an earlier request is answered at once,
 * with no promise: the rules still run on it, and anything other than "still active, no activity
 * to record" is decided on a fresh read from the database.
 *
 * @param deps - Database, clock, secret and cookie name.
 * @param cookieHeader - The request's `Cookie` header.
 * @returns The principal (or null) and whether to clear the cookie.
 */
export function resolveSession(deps: ResolverDeps, cookieHeader: string | undefined): Resolution | Promise<Resolution> {
  const raw = readCookie(cookieHeader, deps.cookieName);
  if (raw === null) {
    return NONE;
  }
  const digest = (deps.cookies ?? new VerifiedCookies(deps.secret)).digestOf(raw);
  return digest === null ? ENDED : resolveDigest(deps, digest);
}

/**
 * Resolves a session token (already taken out of its signed cookie) with the same rules as
 * {@link resolveSession}, always from the database.
 *
 * @param deps - Database and clock.
 * @param token - The session token.
 * @returns The principal (or null) and whether to clear the cookie.
 */
export async function resolveToken(deps: Pick<ResolverDeps, 'db' | 'clock'>, token: string): Promise<Resolution> {
  return resolveFromDatabase(deps, sessionTokenDigest(token));
}

/** What the session rules say of a session row at a moment. */
type Verdict =
  | { readonly kind: 'banned' | 'ended' }
  | { readonly kind: 'active'; readonly recordActivity: boolean; readonly principal: Principal };

function judge(row: SessionWithUser, now: Date): Verdict {
  const nowMs = now.getTime();
  if (isTrue(row.banned) && (row.banExpires === null || toDate(row.banExpires).getTime() > nowMs)) {
    return { kind: 'banned' };
  }
  const roles = rolesOf(row.memberships, row.role);
  const createdMs = toDate(row.createdAt).getTime();
  const lastActiveMs = toDate(row.updatedAt).getTime();
  const expiresAt = new Date(Math.min(createdMs + ABSOLUTE_SESSION_MS, toDate(row.expiresAt).getTime()));
  if (nowMs - lastActiveMs > idleLimitMs(roles) || nowMs >= expiresAt.getTime()) {
    return { kind: 'ended' };
  }
  return {
    kind: 'active',
    recordActivity: nowMs - lastActiveMs >= ACTIVITY_WRITE_INTERVAL_MS,
    principal: {
      userId: row.userId,
      email: row.email,
      name: row.name,
      roles,
      isStaff: roles.some((grant) => isStaffRole(grant.role)),
      sessionId: row.sessionId,
      secondFactorVerified: isTrue(row.twoFactorEnabled),
      sessionExpiresAt: expiresAt,
    },
  };
}

function resolveDigest(deps: ResolverDeps, digest: string): Resolution | Promise<Resolution> {
  const now = deps.clock();
  const kept = deps.sessions?.find(digest, now.getTime());
  if (kept !== undefined) {
    const verdict = judge(kept.row, now);
    if (verdict.kind === 'active' && !verdict.recordActivity) {
      return { clearCookie: false, principal: kept.principal };
    }
  }
  return resolveFromDatabase(deps, digest);
}

async function resolveFromDatabase(
  deps: Pick<ResolverDeps, 'db' | 'clock' | 'sessions'>,
  digest: string,
): Promise<Resolution> {
  const mark = deps.sessions?.mark() ?? null;
  const row = await findSessionWithUser(deps.db, digest);
  if (row === undefined) {
    deps.sessions?.forget(digest);
    return ENDED;
  }
  const now = deps.clock();
  const verdict = judge(row, now);
  if (verdict.kind !== 'active') {
    deps.sessions?.forget(digest);
    await (verdict.kind === 'banned'
      ? deleteUserSessions(deps.db, row.userId)
      : deleteSession(deps.db, { id: row.sessionId }));
    return ENDED;
  }
  let kept = row;
  if (verdict.recordActivity) {
    await recordSessionActivity(deps.db, { id: row.sessionId }, now.toISOString());
    kept = { ...row, updatedAt: now.toISOString() };
  }
  deps.sessions?.store(digest, { row: kept, principal: verdict.principal, mark }, now.getTime());
  return { clearCookie: false, principal: verdict.principal };
}
