import { ZApiError, ZPasswordResetConfirm } from '@kratom-care/contracts';
import { isAPIError } from 'better-auth/api';
import { z } from 'zod';
import type { App } from '../../app-types.js';
import { AppError } from '../../errors.js';
import type { Identity } from '../identity.js';
import { perIpPerMinute } from '../rate-limits.js';

/**
 * `POST /api/auth/password-reset/confirm`: sets a new password with the token from the reset
 * link. The token works once and for one hour; every session of the account ends. It does not
 * sign in: the next sign-in still asks for the second factor (SECURITY.md AU-02).
 *
 * @param app - The app.
 * @param identity - The identity services.
 */
export function registerPasswordResetConfirm(app: App, identity: Identity): void {
  app.post(
    '/api/auth/password-reset/confirm',
    {
      schema: {
        summary: 'Choose a new password with a reset link',
        tags: ['auth'],
        body: ZPasswordResetConfirm,
        response: { 204: z.null().describe('Password changed'), 400: ZApiError, 429: ZApiError },
      },
      config: { csrf: 'always', rateLimit: perIpPerMinute(identity.limits.tokenPerIpPerMinute) },
    },
    async (request, reply) => {
      const { token, password } = request.body;
      try {
        await identity.auth.api.resetPassword({ body: { token, newPassword: password } });
      } catch (error) {
        if (isAPIError(error) && error.statusCode < 500) {
          throw new AppError('INVALID_TOKEN', 'This reset link is not valid any more. Ask for a new one.');
        }
        throw error;
      }
      return reply.code(204).send(null);
    },
  );
}
