import { ZApiError, ZInvitationAcceptRequest, ZSignInResponse, type TSignInResponse } from '@kratom-care/contracts';
import type { App } from '../../app-types.js';
import { authHeaders, rethrowAuthError } from '../auth-call.js';
import { setUserPassword } from '../accounts.js';
import type { Identity } from '../identity.js';
import { consumeInvitation } from '../invitations.js';
import { perIpPerMinute } from '../rate-limits.js';
import { awaitSecondFactor, completeSignIn } from './complete-sign-in.js';
import { wrongCredentials } from './sign-in.js';

/**
 * `POST /api/auth/invitations/accept`: the invited person chooses a password with the token from
 * their invitation (single use, 72 hours) and is signed in. Opening the link proves the email, so
 * it is marked verified. Staff go on to TOTP enrolment.
 *
 * @param app - The app.
 * @param identity - The identity services.
 */
export function registerInvitationAccept(app: App, identity: Identity): void {
  app.post(
    '/api/auth/invitations/accept',
    {
      schema: {
        summary: 'Accept an invitation and choose a password',
        tags: ['auth'],
        body: ZInvitationAcceptRequest,
        response: { 200: ZSignInResponse, 400: ZApiError, 429: ZApiError },
      },
      config: { csrf: 'always', rateLimit: perIpPerMinute(identity.limits.tokenPerIpPerMinute) },
    },
    async (request, reply): Promise<TSignInResponse> => {
      const { token, password } = request.body;
      const userId = await consumeInvitation(identity, token);
      await setUserPassword(identity.auth, userId, password);
      const context = await identity.auth.$context;
      const user = await context.internalAdapter.updateUser(userId, { emailVerified: true });
      const result = await identity.auth.api
        .signInEmail({ body: { email: user.email, password }, headers: authHeaders(request), returnHeaders: true })
        .catch((error: unknown) => rethrowAuthError(error, wrongCredentials()));
      if ('twoFactorRedirect' in result.response) {
        return awaitSecondFactor(identity, request, reply, result.headers);
      }
      return completeSignIn(identity, request, reply, result.headers);
    },
  );
}
