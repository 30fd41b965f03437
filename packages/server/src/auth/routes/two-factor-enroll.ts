import {
  ZApiError,
  ZTwoFactorEnrollRequest,
  ZTwoFactorEnrollResponse,
  type TTwoFactorEnrollResponse,
} from '@kratom-care/contracts';
import type { App } from '../../app-types.js';
import { AppError } from '../../errors.js';
import { authHeaders, rethrowAuthError } from '../auth-call.js';
import { requireAuthenticated } from '../guards.js';
import type { Identity } from '../identity.js';
import { perIpPerMinute } from '../rate-limits.js';

/**
 * `POST /api/auth/two-factor/enroll`: starts TOTP enrolment after re-checking the password. Returns
 * the `otpauth://` URI for the app and ten one-use recovery codes, shown once. Nothing changes
 * until `POST /api/auth/two-factor/verify` proves the app works; enrolling again before that
 * replaces the secret.
 *
 * @param app - The app.
 * @param identity - The identity services.
 */
export function registerTwoFactorEnroll(app: App, identity: Identity): void {
  app.post(
    '/api/auth/two-factor/enroll',
    {
      schema: {
        summary: 'Start setting up an authenticator app',
        tags: ['auth'],
        body: ZTwoFactorEnrollRequest,
        response: { 200: ZTwoFactorEnrollResponse, 400: ZApiError, 401: ZApiError, 409: ZApiError, 429: ZApiError },
      },
      config: { rateLimit: perIpPerMinute(identity.limits.twoFactorPerIpPerMinute) },
    },
    async (request): Promise<TTwoFactorEnrollResponse> => {
      const principal = requireAuthenticated(request, { allowWithoutSecondFactor: true });
      if (principal.secondFactorVerified) {
        throw new AppError('CONFLICT', 'An authenticator app is already set up for this account');
      }
      const wrongPassword = new AppError('INVALID_BODY', 'The body is not valid', [
        { path: ['password'], message: 'The password is not right' },
      ]);
      const result = await identity.auth.api
        .enableTwoFactor({ body: { password: request.body.password }, headers: authHeaders(request) })
        .catch((error: unknown) => rethrowAuthError(error, wrongPassword));
      if (result.method !== 'totp') {
        throw new Error('better-auth enabled a second factor other than TOTP');
      }
      return { totpUri: result.totpURI, recoveryCodes: result.backupCodes };
    },
  );
}
