import { ZAcceptedResponse, ZApiError, ZPasswordResetRequest } from '@kratom-care/contracts';
import type { App } from '../../app-types.js';
import type { Identity } from '../identity.js';
import { requestLog } from '../../request-logging.js';
import { perIpPerMinute } from '../rate-limits.js';

/**
 * `POST /api/auth/password-reset/request`: mails a single-use reset link valid for one hour.
 * Always 202 with the same body, whether or not the account exists (SECURITY.md AU-03).
 *
 * @param app - The app.
 * @param identity - The identity services.
 */
export function registerPasswordResetRequest(app: App, identity: Identity): void {
  app.post(
    '/api/auth/password-reset/request',
    {
      schema: {
        summary: 'Ask for a password reset link',
        tags: ['auth'],
        body: ZPasswordResetRequest,
        response: { 202: ZAcceptedResponse, 400: ZApiError, 429: ZApiError },
      },
      config: { csrf: 'always', rateLimit: perIpPerMinute(identity.limits.passwordResetPerIpPerMinute) },
    },
    async (request, reply) => {
      try {
        await identity.auth.api.requestPasswordReset({ body: { email: request.body.email } });
      } catch (error) {
        // Answering differently on failure would tell an attacker something; log it for us instead.
        requestLog(request).error({ err: error }, 'password reset request failed');
      }
      return reply.code(202).send({ status: 'accepted' as const });
    },
  );
}
