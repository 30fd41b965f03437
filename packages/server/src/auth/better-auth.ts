import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@kratom-care/contracts';
import type { AppDatabase } from '@kratom-care/store';
import { betterAuth, type BetterAuthOptions } from 'better-auth';
import { getAdapter } from 'better-auth/db/adapter';
import { admin, twoFactor } from 'better-auth/plugins';
import { withHashedSessionTokens } from './hashed-session-adapter.js';
import type { Mailer } from './mailer.js';
import { generateRecoveryCodes } from './recovery-codes.js';

/** Sessions never outlive this, whatever the activity (SECURITY.md SE-04). Our resolver enforces it too. */
export const ABSOLUTE_SESSION_SECONDS = 12 * 60 * 60;

/** A reset link works for an hour, once. */
export const RESET_TOKEN_SECONDS = 60 * 60;

/** The cookie name prefix; browsers see `kratom-care.session_token` (with `__Secure-` outside development). */
export const COOKIE_PREFIX = 'kratom-care';

/**
 * The header our routes put the client address in before calling better-auth. Requests never reach
 * better-auth's own handler, so a client cannot set it; Fastify works it out from the socket, or from
 * `X-Forwarded-For` only when a trusted proxy is configured.
 */
export const CLIENT_IP_HEADER = 'x-kratom-care-client-ip';

/** Where better-auth's own errors go: the app logger, or stderr in the CLI. */
export interface AuthLogger {
  debug(details: object, message: string): void;
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface BetterAuthInput {
  readonly db: AppDatabase;
  readonly dialect: 'sqlite' | 'postgres';
  readonly secret: string;
  /** The public origin, for example `https://care.example.org`. */
  readonly publicUrl: string;
  /** Secure cookies everywhere except development and test. */
  readonly secureCookies: boolean;
  readonly mailer: Mailer;
  readonly log: AuthLogger;
}

/** The link a reset mail carries; the token sits in the fragment so it never reaches a server log. */
export function resetLink(publicUrl: string, token: string): string {
  return `${publicUrl}/reset-password#token=${encodeURIComponent(token)}`;
}

/**
 * Configures better-auth on the app's own Kysely instance (decision 0005): email and password with
 * scrypt, database sessions, TOTP with recovery codes, and the admin plugin for disabling users.
 * Its HTTP handler is never mounted; our routes call `auth.api.*`, so every auth route has our
 * schema, error shape, rate limits and CSRF check. Its own rate limiter is off for the same reason.
 * Session tokens are stored only as hashes (decision 0014): better-auth's own Kysely adapter is
 * built first, from the same options, and handed to it wrapped by `withHashedSessionTokens`.
 *
 * @param input - Database, secret, public URL, cookie policy, mailer and logger.
 * @returns The better-auth instance.
 */
export async function createBetterAuth(input: BetterAuthInput) {
  const options = betterAuthOptions(input);
  const adapter = withHashedSessionTokens(
    await getAdapter({ ...options, database: { db: input.db, type: input.dialect } }),
  );
  return betterAuth({ ...options, database: () => adapter });
}

/** Everything but the database, so the adapter and better-auth are built from one set of options. */
function betterAuthOptions(input: BetterAuthInput) {
  return {
    appName: 'kratom-care',
    baseURL: input.publicUrl,
    basePath: '/api/auth',
    secret: input.secret,
    telemetry: { enabled: false },
    logger: {
      level: 'error',
      log: (level, message) => {
        input.log[level]({ component: 'better-auth' }, message);
      },
    },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      autoSignIn: true,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: RESET_TOKEN_SECONDS,
      sendResetPassword: async ({ user, token }) => {
        await input.mailer.send({
          to: user.email,
          subject: 'Reset your kratom-care password',
          text: `Someone asked to reset the password for this account. If it was you, open the link within one hour. If not, you can ignore this message.`,
          link: resetLink(input.publicUrl, token),
        });
      },
    },
    session: {
      expiresIn: ABSOLUTE_SESSION_SECONDS,
      // Never extend a session: the 12 h limit is absolute. Idle time is tracked by our resolver.
      disableSessionRefresh: true,
      cookieCache: { enabled: false },
    },
    // Reset, invitation and two-factor tokens are stored as SHA-256 hashes, never as given.
    verification: { storeIdentifier: 'hashed' },
    rateLimit: { enabled: false },
    advanced: {
      useSecureCookies: input.secureCookies,
      cookiePrefix: COOKIE_PREFIX,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', path: '/' },
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
    },
    plugins: [
      twoFactor({
        issuer: 'kratom-care',
        // Codes without look-alike characters (0/O, 1/l/I), see recovery-codes.ts.
        backupCodeOptions: { customBackupCodesGenerate: () => generateRecoveryCodes() },
      }),
      admin(),
    ],
  } satisfies BetterAuthOptions;
}

/** The configured better-auth instance. */
export type BetterAuth = Awaited<ReturnType<typeof createBetterAuth>>;
