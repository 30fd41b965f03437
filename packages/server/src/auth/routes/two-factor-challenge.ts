import { ZApiError, ZSignInResponse, ZTwoFactorChallengeRequest, type TSignInResponse } from '@kratom-care/contracts';
import { deleteSession, sessionTokenDigest } from '@kratom-care/store';
import { isAPIError } from 'better-auth/api';
import type { FastifyRequest } from 'fastify';
import type { App } from '../../app-types.js';
import { AppError } from '../../errors.js';
import { authHeaders } from '../auth-call.js';
import type { Identity } from '../identity.js';
import { perIpPerMinute } from '../rate-limits.js';
import { withoutCookie } from '../session-cookie.js';
import { completeSignIn, newSessionToken } from './complete-sign-in.js';

function wrongCode(): AppError {
  return new AppError('UNAUTHENTICATED', 'The code is not right, or the sign-in took too long. Try again.');
}

/** Maps better-auth's answers: its lockout (429) stays a 429, every other refusal is one 401. */
function challengeError(error: unknown): never {
  if (isAPIError(error) && error.statusCode === 429) {
    throw new AppError('RATE_LIMITED', 'Too many wrong codes. Wait 15 minutes, then sign in again.');
  }
  if (isAPIError(error) && error.statusCode < 500) {
    throw wrongCode();
  }
  throw error;
}

/**
 * The request's headers for better-auth without our session cookie. Given a live session,
 * better-auth checks the code against that session's account and starts no new session; the
 * challenge must only ever finish the sign-in its challenge cookie stands for. The session the
 * request carried ends in `completeSignIn`.
 */
function challengeHeaders(identity: Identity, request: FastifyRequest): Headers {
  const headers = authHeaders(request);
  const cookie = withoutCookie(request.headers.cookie, identity.cookieName);
  if (cookie === undefined) {
    headers.delete('cookie');
  } else {
    headers.set('cookie', cookie);
  }
  return headers;
}

/**
 * `POST /api/auth/two-factor/challenge`: the second step of signing in to an account with TOTP,
 * with the 6-digit `code` from the app or one `recoveryCode`. Each TOTP code works once and each
 * recovery code works once. A new session starts here, so the challenge cookie cannot be reused, and
 * any session the request still carries ends (SECURITY.md SE-02).
 *
 * @param app - The app.
 * @param identity - The identity services.
 */
export function registerTwoFactorChallenge(app: App, identity: Identity): void {
  app.post(
    '/api/auth/two-factor/challenge',
    {
      schema: {
        summary: 'Finish signing in with an authenticator code or a recovery code',
        tags: ['auth'],
        body: ZTwoFactorChallengeRequest,
        response: { 200: ZSignInResponse, 400: ZApiError, 401: ZApiError, 429: ZApiError },
      },
      config: { csrf: 'always', rateLimit: perIpPerMinute(identity.limits.twoFactorPerIpPerMinute) },
    },
    async (request, reply): Promise<TSignInResponse> => {
      const headers = challengeHeaders(identity, request);
      const body = request.body;
      if ('recoveryCode' in body) {
        const result = await identity.auth.api
          .verifyBackupCode({ body: { code: body.recoveryCode }, headers, returnHeaders: true })
          .catch(challengeError);
        return completeSignIn(identity, request, reply, result.headers);
      }
      const result = await identity.auth.api
        .verifyTOTP({ body: { code: body.code }, headers, returnHeaders: true })
        .catch(challengeError);
      if (!(await identity.totpReplay.claim(result.response.user.id, body.code))) {
        const token = newSessionToken(identity, result.headers);
        if (token !== null) {
          await deleteSession(identity.db, { tokenHash: sessionTokenDigest(token) });
        }
        throw wrongCode();
      }
      return completeSignIn(identity, request, reply, result.headers);
    },
  );
}
