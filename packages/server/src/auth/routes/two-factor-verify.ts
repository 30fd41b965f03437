import { ZApiError, ZSessionView, ZTwoFactorVerifyRequest, type TSessionView } from '@kratom-care/contracts';
import { deleteUserSessions, sessionTokenDigest } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { AppError } from '../../errors.js';
import { authHeaders, forwardCookies, rethrowAuthError } from '../auth-call.js';
import { requireAuthenticated } from '../guards.js';
import type { Identity } from '../identity.js';
import { perIpPerMinute } from '../rate-limits.js';
import { resolveToken, touchSession } from '../session-resolver.js';
import { sessionView } from '../session-view.js';
import { newSessionToken } from './complete-sign-in.js';

/**
 * `POST /api/auth/two-factor/verify`: finishes enrolment with a first code from the app. From
 * now on sign-in asks for a code. The session is replaced by a new one (SECURITY.md SE-02) and
 * every other session of the account ends, since those were opened with the password alone.
 *
 * @param app - The app.
 * @param identity - The identity services.
 */
export function registerTwoFactorVerify(app: App, identity: Identity): void {
  app.post(
    '/api/auth/two-factor/verify',
    {
      schema: {
        summary: 'Confirm the authenticator app with a first code',
        tags: ['auth'],
        body: ZTwoFactorVerifyRequest,
        response: { 200: ZSessionView, 400: ZApiError, 401: ZApiError, 409: ZApiError, 429: ZApiError },
      },
      config: { rateLimit: perIpPerMinute(identity.limits.twoFactorPerIpPerMinute) },
    },
    async (request, reply): Promise<TSessionView> => {
      const principal = requireAuthenticated(request, { allowWithoutSecondFactor: true });
      if (principal.secondFactorVerified) {
        throw new AppError('CONFLICT', 'An authenticator app is already set up for this account');
      }
      const { code } = request.body;
      const wrongCode = new AppError('INVALID_TOKEN', 'The code is not right. Check the app and try again.');
      const result = await identity.auth.api
        .verifyTOTP({ body: { code }, headers: authHeaders(request), returnHeaders: true })
        .catch((error: unknown) => rethrowAuthError(error, wrongCode));
      await identity.totpReplay.claim(principal.userId, code);
      const token = newSessionToken(identity, result.headers);
      if (token === null) {
        throw new Error('better-auth verified TOTP enrolment without starting a new session');
      }
      forwardCookies(reply, result.headers);
      await deleteUserSessions(identity.db, principal.userId, sessionTokenDigest(token));
      await touchSession(identity, token);
      const { principal: renewed } = await resolveToken(identity, token);
      if (renewed === null) {
        throw new Error('the session started at TOTP enrolment does not resolve');
      }
      return sessionView(renewed);
    },
  );
}
