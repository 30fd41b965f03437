import { ZApiError, ZIdParams, ZInvitationSentResponse } from '@kratom-care/contracts';
import type { App } from '../../app-types.js';
import { requireAuthenticated } from '../../auth/index.js';
import { managedUser } from './admin-user-view.js';

/**
 * `POST /api/admin/users/:id/invitation`: re-sends the invitation (a new single-use link).
 *
 * @param app - The app (with a database).
 */
export function registerResendInvitation(app: App): void {
  app.post(
    '/api/admin/users/:id/invitation',
    {
      schema: {
        summary: 'Re-send an invitation',
        tags: ['admin'],
        params: ZIdParams,
        response: { 200: ZInvitationSentResponse, 404: ZApiError },
      },
    },
    async (request) => {
      const principal = requireAuthenticated(request);
      await managedUser(app.identity.db, principal, request.params.id);
      await app.identity.createInvitation(request.params.id);
      return { invitationSent: true as const };
    },
  );
}
