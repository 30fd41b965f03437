import { ZApiError, ZIdParams, ZInvitationSentResponse } from '@kratom-care/contracts';
import type { App } from '../../app-types.js';
import { requireAuthenticated } from '../../auth/index.js';
import { AppError } from '../../errors.js';
import { createOnceOutsideTransaction, IDEMPOTENT_RESPONSES, idempotencyKey } from '../idempotency.js';
import { managedAccount } from './admin-user-view.js';

/**
 * `POST /api/admin/users/:id/invitation`: re-sends the invitation: a new single-use link, and every
 * older link of the person stops working. A disabled account gets 409. Needs an
 * `Idempotency-Key`: a retried request sends one mail.
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
        response: { 200: ZInvitationSentResponse, 404: ZApiError, ...IDEMPOTENT_RESPONSES },
      },
    },
    async (request) => {
      const principal = requireAuthenticated(request);
      const key = idempotencyKey(request);
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
      const route = `POST /api/admin/users/${request.params.id}/invitation`;
      const sent = await createOnceOutsideTransaction(
        app.identity.db,
        { userId: principal.userId, key, route, body: null, statusCode: 200 },
        async () => {
          await app.identity.createInvitation(request.params.id);
          return { invitationSent: true as const };
        },
      );
      return sent.value;
    },
  );
}
