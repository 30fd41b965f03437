import type { TRole } from '@kratom-care/contracts';
import {
  addMembership,
  createFacility,
  createPatient,
  createScratchDatabase,
  scratchTargets,
  type AppDatabase,
  type DatabaseConfig,
  type Dialect,
  type ScratchTarget,
} from '@kratom-care/store';
import type { App } from '../app-types.js';
import { createApp } from '../app.js';
import { createUserAccount } from '../auth/accounts.js';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../auth/csrf.js';
import { requireAuthenticated } from '../auth/guards.js';
import type { Identity } from '../auth/identity.js';
import { createMemoryOutbox, type DevOutbox } from '../auth/mailer.js';
import { isStaffRole } from '../auth/principal.js';
import type { AuthLimits } from '../auth/rate-limits.js';
import { signedCookieValue } from '../auth/session-cookie.js';
import { touchSession } from '../auth/session-resolver.js';
import type { AppConfig } from '../config.js';
import { TEST_CONFIG } from './build-test-app.js';
import { TestClock } from './test-clock.js';
import { secretOfTotpUri, totpCode } from './totp.js';

export { TestClock } from './test-clock.js';
export { secretOfTotpUri, totpCode } from './totp.js';

/**
 * The databases every DB-backed server test runs on: SQLite always, PostgreSQL too when
 * `DATABASE_URL` is set (as `.ci/run` does).
 */
// eslint-disable-next-line no-restricted-properties -- tests pick their databases from the environment, like CI
export const TEST_TARGETS: readonly ScratchTarget[] = scratchTargets(process.env.DATABASE_URL);

/** An app on a fresh scratch database, with a hand-moved clock and an outbox to read links from. */
export interface AuthTestApp {
  readonly app: App;
  readonly identity: Identity;
  readonly db: AppDatabase;
  readonly dialect: Dialect;
  /** How to open the same database again, as another process would. */
  readonly databaseConfig: DatabaseConfig;
  readonly clock: TestClock;
  readonly outbox: DevOutbox;
  /** Closes the app and drops the database. */
  close(): Promise<void>;
}

export interface AuthTestAppOptions {
  readonly target?: ScratchTarget;
  readonly limits?: Partial<AuthLimits>;
  readonly config?: Partial<AppConfig>;
  /** Extra routes registered before the app is ready (e.g. a protected probe route). */
  readonly routes?: (app: App) => void;
}

/**
 * Builds a ready app on a migrated scratch database (SQLite unless `target` says otherwise).
 *
 * @param options - Database target, rate limits, config overrides.
 * @returns The app and its collaborators; call `close()` in `afterEach`/`afterAll`.
 */
export async function buildAuthTestApp(options: AuthTestAppOptions = {}): Promise<AuthTestApp> {
  const scratch = await createScratchDatabase(options.target ?? { kind: 'sqlite' });
  const clock = new TestClock();
  const outbox = createMemoryOutbox();
  const app = await createApp({
    config: { ...TEST_CONFIG, ...options.config },
    db: scratch.db,
    clock: clock.now,
    mailer: outbox,
    ...(options.limits === undefined ? {} : { authLimits: options.limits }),
  });
  options.routes?.(app);
  await app.ready();
  return {
    app,
    identity: app.identity,
    db: scratch.db,
    dialect: scratch.dialect,
    databaseConfig: scratch.config,
    clock,
    outbox,
    close: async () => {
      await app.close();
      await scratch.dispose();
    },
  };
}

/** A fictional user made by {@link createTestUser}. */
export interface TestUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly password: string;
  readonly role: TRole;
  readonly facilityId: string | null;
  /** The linked patient record, for `patient` users. */
  readonly patientId: string | null;
  /** Base32 TOTP secret when a second factor is enrolled; use {@link totpCode}. */
  readonly totpSecret: string | null;
  readonly recoveryCodes: readonly string[];
}

let userCounter = 0;

/** A password that passes the policy; every fixture user has it unless told otherwise. */
export const TEST_PASSWORD = 'correct horse battery staple';

/**
 * Creates a facility for tests.
 *
 * @param app - The app.
 * @param name - Facility name.
 * @returns The facility id.
 */
export async function createTestFacility(app: App, name = 'Fictional Valley Clinic'): Promise<string> {
  const facility = await createFacility(app.identity.db, { name, region: 'Test Region', address: '1 Example Road' });
  return facility.id;
}

/**
 * Opens a session for a user directly (no password check), and returns the cookie for it.
 *
 * @param app - The app.
 * @param userId - The user.
 * @returns The `cookie` header value.
 */
export async function sessionCookieFor(app: App, userId: string): Promise<string> {
  const context = await app.identity.auth.$context;
  const session = await context.internalAdapter.createSession(userId);
  await touchSession(app.identity, session.token);
  return `${app.identity.cookieName}=${signedCookieValue(session.token, app.identity.secret)}`;
}

async function enrolTotp(app: App, userId: string, password: string): Promise<{ secret: string; codes: string[] }> {
  const cookie = await sessionCookieFor(app, userId);
  const headers = new Headers({ cookie });
  const enabled = await app.identity.auth.api.enableTwoFactor({ body: { password }, headers });
  if (enabled.method !== 'totp') {
    throw new Error('expected TOTP enrolment');
  }
  const secret = secretOfTotpUri(enabled.totpURI);
  await app.identity.auth.api.verifyTOTP({ body: { code: totpCode(secret) }, headers });
  await app.identity.db.deleteFrom('session').where('userId', '=', userId).execute();
  return { secret, codes: enabled.backupCodes };
}

export interface TestUserOptions {
  readonly role: TRole;
  /** Staff need one; a patient or family member without one is a companion user. */
  readonly facilityId?: string | null;
  readonly email?: string;
  readonly name?: string;
  readonly password?: string;
  /** Enrol and verify TOTP; default true for staff, false for others. */
  readonly secondFactor?: boolean;
}

/**
 * Creates a fictional user with a role (and membership when a facility is given). Patients also
 * get a linked patient record. Staff get a verified TOTP factor unless `secondFactor: false`.
 *
 * @param app - An app built with a database.
 * @param options - Role, facility and optional details.
 * @returns The user, with password, TOTP secret and recovery codes.
 */
export async function createTestUser(app: App, options: TestUserOptions): Promise<TestUser> {
  userCounter += 1;
  const facilityId = options.facilityId ?? null;
  const email = options.email ?? `test-${options.role}-${userCounter}-${Date.now()}@example.org`;
  const name = options.name ?? `Test ${options.role} ${userCounter}`;
  const password = options.password ?? TEST_PASSWORD;
  const companionRole =
    facilityId === null && (options.role === 'patient' || options.role === 'family') ? options.role : null;
  const id = await createUserAccount(app.identity.auth, {
    email,
    name,
    password,
    emailVerified: true,
    ...(companionRole === null ? {} : { companionRole }),
  });
  if (facilityId !== null) {
    await addMembership(app.identity.db, { userId: id, facilityId, role: options.role });
  }
  let patientId: string | null = null;
  if (options.role === 'patient') {
    const [givenName = name, familyName = 'Example'] = name.split(' ');
    patientId = (await createPatient(app.identity.db, { facilityId, userId: id, givenName, familyName, createdBy: id }))
      .id;
  }
  const enrol = options.secondFactor ?? isStaffRole(options.role);
  const totp = enrol ? await enrolTotp(app, id, password) : null;
  return {
    id,
    email,
    name,
    password,
    role: options.role,
    facilityId,
    patientId,
    totpSecret: totp?.secret ?? null,
    recoveryCodes: totp?.codes ?? [],
  };
}

/** Headers for a signed-in request: the session cookie and the CSRF header. */
// A type alias, not an interface, so it fits `app.inject({ headers })` and `Record<string, string>`.
export type SignedInHeaders = { cookie: string; [CSRF_HEADER]: typeof CSRF_HEADER_VALUE };

/**
 * Signs a user in without the password round trip: opens a session as a completed sign-in would
 * (second factor counted as done when the user has one) and returns the headers to send.
 *
 * @param app - The app.
 * @param user - A user from {@link createTestUser}.
 * @returns Headers for `app.inject({ headers })`.
 */
export async function signInAs(app: App, user: Pick<TestUser, 'id'>): Promise<SignedInHeaders> {
  return { cookie: await sessionCookieFor(app, user.id), [CSRF_HEADER]: CSRF_HEADER_VALUE };
}

/** The CSRF header alone, for mutating calls without a session (sign-in, sign-up). */
export const CSRF_HEADERS = { [CSRF_HEADER]: CSRF_HEADER_VALUE } as const;

/**
 * The `name=value` pairs of a response's `Set-Cookie` headers, as a `Cookie` header.
 *
 * @param setCookie - The response's `set-cookie` header.
 * @returns The cookie header to send back, without expired cookies.
 */
export function cookieHeaderFrom(setCookie: string | string[] | undefined): string {
  const list = setCookie === undefined ? [] : [setCookie].flat();
  return list
    .filter((cookie) => !/max-age=0/i.test(cookie))
    .map((cookie) => cookie.split(';', 1)[0] ?? '')
    .join('; ');
}

/** Path of the probe routes from {@link registerProbeRoutes}. */
export const PROBE_URL = '/api/test-probe';

/**
 * Adds `GET` and `POST /api/test-probe`, protected by `requireAuthenticated`, for tests of the
 * session rules that need an ordinary protected route. Pass as `routes` to {@link buildAuthTestApp}.
 *
 * @param app - The app, before `ready()`.
 */
export function registerProbeRoutes(app: App): void {
  const answer = (request: Parameters<typeof requireAuthenticated>[0]): { userId: string } => ({
    userId: requireAuthenticated(request).userId,
  });
  app.get(PROBE_URL, (request) => answer(request));
  app.post(PROBE_URL, (request) => answer(request));
}
