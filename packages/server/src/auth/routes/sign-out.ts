import { deleteSession } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import type { Identity } from '../identity.js';

/**
 * `POST /api/auth/sign-out`: deletes the session on the server, clears the cookie and tells the
 * browser to drop its HTTP cache (SECURITY.md SE-03). Not `"storage"`: that would also wipe the
 * self-check answers a person chose to keep on this device (decision 0004); the UI clears its own
 * in-memory data. Answers 204 even with no session, so a client can always call it.
 *
 * @param app - The app.
 * @param identity - The identity services.
 */
export function registerSignOut(app: App, identity: Identity): void {
  app.post('/api/auth/sign-out', { schema: { summary: 'Sign out', tags: ['auth'] } }, async (request, reply) => {
    const principal = request.principal;
    if (principal !== null) {
      await deleteSession(identity.db, { id: principal.sessionId });
    }
    return reply.code(204).header('set-cookie', identity.clearCookie).header('clear-site-data', '"cache"').send();
  });
}
