import { ZApiError, ZSignInRequest, ZSignInResponse, type TSignInResponse } from '@kratom-care/contracts';
import { isAPIError } from 'better-auth/api';
import type { App } from '../../app-types.js';
import { AppError } from '../../errors.js';
import { authHeaders } from '../auth-call.js';
import type { Identity } from '../identity.js';
import { perIpPerMinute } from '../rate-limits.js';
import { awaitSecondFactor, completeSignIn } from './complete-sign-in.js';

/** One answer for unknown email, wrong password and disabled account (SECURITY.md AU-03). */
export function wrongCredentials(): AppError {
  return new AppError('UNAUTHENTICATED', 'The email or password is not right');
}

/**
 * `POST /api/auth/sign-in`. Every sign-in gets a new session; the one the request came with is
 * deleted. When the account has TOTP, the answer is `{ twoFactorRequired: true }` plus a short-lived
 * challenge cookie, and `POST /api/auth/two-factor/challenge` finishes it. Failed attempts count
 * per IP (route limit) and per account (100 an hour).
 *
 * @param app - The app.
 * @param identity - The identity services.
 */
export function registerSignIn(app: App, identity: Identity): void {
  app.post(
    '/api/auth/sign-in',
    {
      schema: {
        summary: 'Sign in with email and password',
        tags: ['auth'],
        body: ZSignInRequest,
        response: { 200: ZSignInResponse, 400: ZApiError, 401: ZApiError, 429: ZApiError },
      },
      config: { csrf: 'always', rateLimit: perIpPerMinute(identity.limits.signInPerIpPerMinute) },
    },
    async (request, reply): Promise<TSignInResponse> => {
      const { email, password } = request.body;
      await identity.failedSignIns.assertAllowed(email);
      let result;
      try {
        result = await identity.auth.api.signInEmail({
          body: { email, password },
          headers: authHeaders(request),
          returnHeaders: true,
        });
      } catch (error) {
        if (isAPIError(error) && error.statusCode < 500) {
          await identity.failedSignIns.recordFailure(email);
          throw wrongCredentials();
        }
        throw error;
      }
      if ('twoFactorRedirect' in result.response) {
        return awaitSecondFactor(identity, request, reply, result.headers);
      }
      return completeSignIn(identity, request, reply, result.headers);
    },
  );
}
