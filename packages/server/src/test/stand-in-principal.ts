import type { App } from '../app-types.js';
import type { Principal } from '../auth/index.js';

/** A fictional signed-in patient; no database holds them. */
export const STAND_IN_PRINCIPAL: Principal = {
  userId: 'user-stand-in',
  email: 'stand-in@example.test',
  name: 'Sample Standin',
  roles: [{ role: 'patient', facilityId: null }],
  isStaff: false,
  sessionId: 'session-stand-in',
  secondFactorVerified: false,
  sessionExpiresAt: new Date('2099-01-01T00:00:00.000Z'),
};

/**
 * Treats every request as signed in by {@link STAND_IN_PRINCIPAL}, for tests of test-only `/api`
 * routes on an app without a database: the route layer answers 401 to anonymous callers of every
 * route that is not listed public, so these routes need a caller to reach their handler.
 *
 * @param app - The app, before `ready()`.
 */
export function signInStandIn(app: App): void {
  app.addHook('onRequest', (request, _reply, done) => {
    request.principal = STAND_IN_PRINCIPAL;
    done();
  });
}
