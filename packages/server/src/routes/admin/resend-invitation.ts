import { ZApiError, ZIdParams, ZInvitationSentResponse } from '@kratom-care/contracts';
import type { App } from '../../app-types.js';
import { requireAuthenticated } from '../../auth/index.js';
import { AppError } from '../../errors.js';
import { managedAccount } from './admin-user-view.js';

/**
 * `POST /api/admin/users/:id/invitation`: re-sends the invitation (a new single-use link; older
 * links keep working until they expire). A disabled account gets 409.
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
        response: { 200: ZInvitationSentResponse, 404: ZApiError, 409: ZApiError },
      },
    },
    async (request) => {
      const principal = requireAuthenticated(request);
      const user = await managedAccount(
        app.identity.db,
        principal,
        request.params.id,
        app.identity.clock().toISOString(),
      );
      if (user.status === 'disabled') {
        // A disabled account cannot sign in, so a link would only disappoint; re-enable it first.
        throw new AppError('CONFLICT', 'This account is disabled; enable it before sending an invitation');
      }
      await app.identity.createInvitation(request.params.id);
      return { invitationSent: true as const };
    },
  );
}
