import { ZApiError, ZSessionView, type TSessionView } from '@kratom-care/contracts';
import type { App } from '../../app-types.js';
import { requireAuthenticated } from '../guards.js';
import { sessionView } from '../session-view.js';

/**
 * `GET /api/auth/session`: who is signed in. 401 when nobody is (or the session timed out). Staff
 * who still have to enrol TOTP get an answer here, with `secondFactorRequired: true`.
 *
 * @param app - The app.
 */
export function registerGetSession(app: App): void {
  app.get(
    '/api/auth/session',
    {
      schema: {
        summary: 'The signed-in user and their roles',
        tags: ['auth'],
        response: { 200: ZSessionView, 401: ZApiError },
      },
    },
    (request): TSessionView => sessionView(requireAuthenticated(request, { allowWithoutSecondFactor: true })),
  );
}
