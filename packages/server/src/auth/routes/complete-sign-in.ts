import type { TSignInResponse } from '@kratom-care/contracts';
import { deleteSession } from '@kratom-care/store';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { forwardCookies } from '../auth-call.js';
import type { Identity } from '../identity.js';
import { readCookie, verifySignedToken } from '../session-cookie.js';
import { resolveToken, touchSession } from '../session-resolver.js';
import { sessionView } from '../session-view.js';

/**
 * The session token inside the `Set-Cookie` better-auth answered with, if it set one.
 *
 * @param identity - For the cookie name and secret.
 * @param headers - better-auth's response headers.
 * @returns The new session token, or null.
 */
export function newSessionToken(identity: Identity, headers: Headers): string | null {
  for (const cookie of headers.getSetCookie()) {
    const pair = cookie.split(';', 1)[0] ?? '';
    const value = readCookie(pair, identity.cookieName);
    if (value !== null && value !== '') {
      return verifySignedToken(value, identity.secret);
    }
  }
  return null;
}

/**
 * Finishes any successful sign-in (password, second factor, invitation, setup): passes on the new
 * session cookie, deletes the session the request came in with so a planted or stolen pre-login
 * cookie is dead afterwards (SECURITY.md SE-02), and describes the new session.
 *
 * @param identity - The identity services.
 * @param request - The request (its `principal` is the pre-login session, if any).
 * @param reply - The reply.
 * @param headers - better-auth's response headers, holding the new session cookie.
 * @returns The sign-in response body.
 * @throws When better-auth did not set a session (a bug, answered as 500).
 */
export async function completeSignIn(
  identity: Identity,
  request: FastifyRequest,
  reply: FastifyReply,
  headers: Headers,
): Promise<TSignInResponse> {
  const token = newSessionToken(identity, headers);
  if (token === null) {
    throw new Error('better-auth reported a sign-in without setting a session cookie');
  }
  forwardCookies(reply, headers);
  await touchSession(identity, token);
  const { principal } = await resolveToken(identity, token);
  if (principal === null) {
    throw new Error('the session better-auth just created does not resolve');
  }
  const previous = request.principal;
  if (previous !== null && previous.sessionId !== principal.sessionId) {
    await deleteSession(identity.db, { id: previous.sessionId });
  }
  return { twoFactorRequired: false, session: sessionView(principal) };
}
