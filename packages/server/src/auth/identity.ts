import type { AppDatabase, AuditKey } from '@kratom-care/store';
import { dialectOf, introduceAuditKey, watchPrincipalChanges } from '@kratom-care/store';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config.js';
import { loadServerSecrets, type ServerSecrets } from '../secrets/server-secrets.js';
import { isApiPath } from '../security-headers.js';
import { createBetterAuth, type BetterAuth } from './better-auth.js';
import type { Clock } from './clock.js';
import { registerCsrfProtection } from './csrf.js';
import { createInvitation, type Invitation } from './invitations.js';
import { mailerFor } from './mail-transport.js';
import type { Mailer } from './mailer.js';
import { DEFAULT_AUTH_LIMITS, FailedSignInCounter, registerRateLimits, type AuthLimits } from './rate-limits.js';
import { SessionCache } from './session-cache.js';
import { resolveSession, type Resolution } from './session-resolver.js';
import { TotpReplayGuard } from './totp-replay.js';
import { VerifiedCookies } from './verified-cookies.js';

/** Everything the auth routes, the CLI and other helpers' routes need about identity. */
export interface Identity {
  readonly auth: BetterAuth;
  readonly db: AppDatabase;
  readonly clock: Clock;
  readonly mailer: Mailer;
  /** The public origin, no trailing slash. */
  readonly publicUrl: string;
  readonly secret: string;
  /** Keys the audit chain (decision 0012); pass it to every audit append. */
  readonly auditKey: AuditKey;
  /** The keys file the secrets came from, or null when the environment set them all. */
  readonly keysFile: string | null;
  /** The session cookie's full name (with `__Secure-` outside development). */
  readonly cookieName: string;
  /** `Set-Cookie` value that deletes the session cookie. */
  readonly clearCookie: string;
  readonly limits: AuthLimits;
  readonly failedSignIns: FailedSignInCounter;
  readonly totpReplay: TotpReplayGuard;
  /** See {@link createInvitation}: mails a single-use link that lets the user set a password. */
  createInvitation(userId: string): Promise<Invitation>;
}

export interface IdentityOptions {
  readonly config: AppConfig;
  readonly db: AppDatabase;
  readonly clock: Clock;
  /** Defaults to what the config asks for (mail-transport.ts): SMTP, the development outbox, or nothing in production. */
  readonly mailer?: Mailer;
  readonly limits?: Partial<AuthLimits>;
  /** The server's secrets; loaded from the environment or the keys file when omitted. */
  readonly secrets?: ServerSecrets;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Present whenever the app was built with a database. */
    identity: Identity;
  }
  interface FastifyContextConfig {
    /** `'always'`: check CSRF even without a cookie (routes that start a session). */
    csrf?: 'always';
  }
}

/**
 * The public origin: `PUBLIC_URL`, or `http://localhost:PORT`.
 *
 * @param config - The app config.
 * @returns The origin without a trailing slash.
 */
export function publicUrlOf(config: AppConfig): string {
  return config.publicUrl ?? `http://localhost:${config.port}`;
}

function serializeClear(name: string, secure: boolean): string {
  return `${name}=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/**
 * Wires identity into the app: better-auth on the app's database, CSRF protection, rate limiting,
 * and the session resolver that sets `request.principal` on every `/api` request. Call before
 * any route is registered.
 *
 * @param app - The root instance.
 * @param options - Config, database, clock, optional mailer and limits.
 * @returns The identity services, also decorated as `app.identity`.
 */
export async function registerIdentity(app: FastifyInstance, options: IdentityOptions): Promise<Identity> {
  const { config, db, clock } = options;
  const publicUrl = publicUrlOf(config);
  const secureCookies = config.nodeEnv === 'production';
  const secrets = options.secrets ?? (await loadServerSecrets(config, db));
  // Before any request appends: rows after a key rotation (or an upgrade) must be signed with the new key.
  await introduceAuditKey(db, secrets.auditKeyring, clock().toISOString());
  const secret = secrets.authSecret;
  const mailer = options.mailer ?? mailerFor(config, app.logger);
  const auth = await createBetterAuth({
    db,
    dialect: dialectOf(db),
    secret,
    publicUrl,
    secureCookies,
    mailer,
    log: app.logger,
  });
  const context = await auth.$context;
  const cookieName = context.authCookies.sessionToken.name;
  const limits = { ...DEFAULT_AUTH_LIMITS, ...options.limits };
  const identity: Identity = {
    auth,
    db,
    clock,
    mailer,
    publicUrl,
    secret,
    auditKey: secrets.auditKey,
    keysFile: secrets.keysFile,
    cookieName,
    clearCookie: serializeClear(cookieName, secureCookies),
    limits,
    failedSignIns: new FailedSignInCounter({ db, clock, secret, limitPerHour: limits.failedSignInsPerAccountPerHour }),
    totpReplay: new TotpReplayGuard(db),
    createInvitation: (userId) => createInvitation({ auth, clock, mailer, publicUrl }, userId),
  };
  app.decorate('identity', identity);

  registerCsrfProtection(app, {
    publicOrigin: new URL(publicUrl).origin,
    allowHostOrigin: config.nodeEnv !== 'production',
  });
  await registerRateLimits(app, { db, clock, secret });
  const sessions = new SessionCache(watchPrincipalChanges(db));
  app.addHook('onClose', () => sessions.close());
  const resolverDeps = { db, clock, secret, cookieName, cookies: new VerifiedCookies(secret), sessions };
  const applySession = (request: FastifyRequest, reply: FastifyReply, resolution: Resolution): void => {
    request.principal = resolution.principal;
    if (resolution.clearCookie) {
      reply.header('set-cookie', identity.clearCookie);
    }
  };
  app.addHook('onRequest', (request, reply, done) => {
    // Without a cookie there is no session to look up: public requests such as the self-check's
    // scoring pass straight through, with no promise and no database round trip.
    if (request.headers.cookie === undefined || !isApiPath(request.url)) {
      done();
      return;
    }
    let resolution: Resolution | Promise<Resolution>;
    try {
      resolution = resolveSession(resolverDeps, request.headers.cookie);
    } catch (error) {
      done(error as Error);
      return;
    }
    // A kept session answers synchronously: no promise, no extra turn of the event loop.
    if (resolution instanceof Promise) {
      resolution.then((resolved) => {
        applySession(request, reply, resolved);
        done();
      }, done);
      return;
    }
    applySession(request, reply, resolution);
    done();
  });
  return identity;
}
