import type { AppDatabase } from '@kratom-care/store';
import type { App } from '../app-types.js';
import type { AppConfig } from '../config.js';
import type { Clock } from './clock.js';
import { registerIdentity, type Identity } from './identity.js';
import type { Mailer } from './mailer.js';
import type { AuthLimits } from './rate-limits.js';
import { registerAuthRoutes } from './routes/index.js';

export interface AuthDeps {
  readonly config: AppConfig;
  readonly db?: AppDatabase | undefined;
  readonly clock: Clock;
  readonly mailer?: Mailer | undefined;
  readonly limits?: Partial<AuthLimits> | undefined;
}

/**
 * Installs identity: `request.principal` on every request (null without a database), and with a
 * database, better-auth, CSRF protection, rate limits, the session resolver and the auth routes.
 * Call before the other routes are registered.
 *
 * @param app - The root instance.
 * @param deps - Config, database, clock and optional mailer and limits.
 * @returns The identity services, or null when the app has no database.
 */
export async function registerAuth(app: App, deps: AuthDeps): Promise<Identity | null> {
  app.decorateRequest('principal', null);
  if (deps.db === undefined) {
    return null;
  }
  const identity = await registerIdentity(app, {
    config: deps.config,
    db: deps.db,
    clock: deps.clock,
    ...(deps.mailer === undefined ? {} : { mailer: deps.mailer }),
    ...(deps.limits === undefined ? {} : { limits: deps.limits }),
  });
  registerAuthRoutes(app, identity);
  return identity;
}

export {
  disableUser,
  enableUser,
  createUserAccount,
  setUserPassword,
  type CompanionRole,
  type NewAccount,
} from './accounts.js';
export { systemClock, type Clock } from './clock.js';
export { CSRF_HEADER, CSRF_HEADER_VALUE } from './csrf.js';
export {
  needsSecondFactor,
  requireAuthenticated,
  secondFactorRequiredError,
  unauthenticatedError,
  type RequireOptions,
} from './guards.js';
export { publicUrlOf, type Identity } from './identity.js';
export { INVITATION_TTL_MS, type Invitation } from './invitations.js';
export { createDevOutbox, createMemoryOutbox, type DevOutbox, type MailMessage, type Mailer } from './mailer.js';
export { isStaffRole, type Principal, type RoleGrant } from './principal.js';
export { DEFAULT_AUTH_LIMITS, type AuthLimits } from './rate-limits.js';
export { ABSOLUTE_SESSION_MS, OTHERS_IDLE_MS, STAFF_IDLE_MS } from './session-resolver.js';
export { adminExists, issueSetupToken, setupLink } from './setup-link.js';
