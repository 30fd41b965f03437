import { isAPIError } from 'better-auth/api';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppError } from '../errors.js';
import { CLIENT_IP_HEADER } from './better-auth.js';

/**
 * The headers better-auth sees for one of our requests: the cookies (session and pending second
 * factor), the user agent, and the client address Fastify worked out. Nothing else is forwarded,
 * so a client cannot smuggle a forwarded-for address past the trusted-proxy setting.
 *
 * @param request - Our request.
 * @returns Headers for `auth.api.*`.
 */
export function authHeaders(request: FastifyRequest): Headers {
  const headers = new Headers();
  const { cookie } = request.headers;
  if (cookie !== undefined) {
    headers.set('cookie', cookie);
  }
  const agent = request.headers['user-agent'];
  if (agent !== undefined) {
    headers.set('user-agent', agent.slice(0, 500));
  }
  headers.set(CLIENT_IP_HEADER, request.ip);
  return headers;
}

/**
 * Passes better-auth's `Set-Cookie` headers (new session, cleared session, pending second factor)
 * on to our reply.
 *
 * @param reply - Our reply.
 * @param headers - The headers better-auth returned.
 */
export function forwardCookies(reply: FastifyReply, headers: Headers): void {
  const cookies = headers.getSetCookie();
  if (cookies.length > 0) {
    reply.header('set-cookie', cookies);
  }
}

/** better-auth's error code, when the value is one of its errors. */
export function betterAuthCode(error: unknown): string | null {
  if (!isAPIError(error)) {
    return null;
  }
  const code = (error.body as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : error.status.toString();
}

/**
 * Turns a better-auth error into ours. Client errors become `fallback`, so no better-auth wording
 * (which can differ between "no such user" and "wrong password") reaches the client; anything
 * else is rethrown and answered as a bare 500.
 *
 * @param error - What `auth.api.*` threw.
 * @param fallback - The error to answer instead.
 * @returns Never; always throws.
 */
export function rethrowAuthError(error: unknown, fallback: AppError): never {
  if (isAPIError(error) && error.statusCode >= 400 && error.statusCode < 500) {
    throw fallback;
  }
  throw error;
}
