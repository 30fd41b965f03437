import type { TSignInResponse } from '@kratom-care/contracts';
import { deleteSession, sessionTokenDigest } from '@kratom-care/store';
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
 * The session token inside the request's own session cookie, when its signature holds.
 *
 * @param identity - For the cookie name and secret.
 * @param request - The request.
 * @returns The token, or null.
 */
function arrivingSessionToken(identity: Identity, request: FastifyRequest): string | null {
  const value = readCookie(request.headers.cookie, identity.cookieName);
  return value === null ? null : verifySignedToken(value, identity.secret);
}

/**
 * Deletes the session the request arrived with, whoever it belongs to, so a planted, stolen or
 * simply older cookie is dead once a sign-in has begun (SECURITY.md SE-02). Read from the cookie
 * rather than `request.principal`, so it holds whatever the request was resolved to.
 *
 * @param identity - The identity services.
 * @param request - The request.
 * @param keepToken - The session just started, if the request already carries it.
 */
async function endArrivingSession(identity: Identity, request: FastifyRequest, keepToken?: string): Promise<void> {
  const token = arrivingSessionToken(identity, request);
  if (token !== null && token !== keepToken) {
    await deleteSession(identity.db, { tokenHash: sessionTokenDigest(token) });
  }
}

/**
 * Answers a password step that better-auth stopped for a second factor: passes on its cookies
 * (the session cookie cleared, the short-lived challenge cookie set) and ends the session the
 * request arrived with now, since the browser has just been told to drop it and the challenge
 * that follows no longer carries it.
 *
 * @param identity - The identity services.
 * @param request - The request.
 * @param reply - The reply.
 * @param headers - better-auth's response headers.
 * @returns The sign-in response asking for the second factor.
 */
export async function awaitSecondFactor(
  identity: Identity,
  request: FastifyRequest,
  reply: FastifyReply,
  headers: Headers,
): Promise<TSignInResponse> {
  forwardCookies(reply, headers);
  await endArrivingSession(identity, request);
  return { twoFactorRequired: true };
}

/**
 * Finishes any successful sign-in (password, second factor, invitation, setup, sign-up): passes on
 * the new session cookie, deletes the session the request came in with so a planted or stolen
 * pre-login cookie is dead afterwards (SECURITY.md SE-02), and describes the new session.
 *
 * @param identity - The identity services.
 * @param request - The request (its session cookie, if any, is the pre-login session).
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
  await endArrivingSession(identity, request, token);
  await touchSession(identity, token);
  const { principal } = await resolveToken(identity, token);
  if (principal === null) {
    throw new Error('the session better-auth just created does not resolve');
  }
  return { twoFactorRequired: false, session: sessionView(principal) };
}
