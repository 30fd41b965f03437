import { createHmac, timingSafeEqual } from 'node:crypto';

/*
 * better-auth signs its session cookie the way better-call does: `token.base64(HMAC-SHA256(secret,
 * token))`, URL-encoded. Reading it here, rather than through `auth.api.getSession`, keeps the
 * resolver to one indexed query per request; the round trip through a real sign-in in the tests
 * proves both sides agree.
 */

const SIGNATURE_LENGTH = 44;

function sign(token: string, secret: string): string {
  return createHmac('sha256', secret).update(token).digest('base64');
}

/**
 * The value of one cookie in a `Cookie` header, URL-decoded.
 *
 * @param header - The raw `Cookie` header.
 * @param name - The cookie name.
 * @returns The value, or null when absent or undecodable.
 */
export function readCookie(header: string | undefined, name: string): string | null {
  if (header === undefined) {
    return null;
  }
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

/**
 * A `Cookie` header without one cookie, for handing a request's cookies on to better-auth minus the
 * session (see the second-factor challenge).
 *
 * @param header - The raw `Cookie` header.
 * @param name - The cookie to leave out.
 * @returns The remaining cookies, or undefined when none remain.
 */
export function withoutCookie(header: string | undefined, name: string): string | undefined {
  const kept = (header ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '' && part.slice(0, Math.max(part.indexOf('='), 0)).trim() !== name);
  return kept.length === 0 ? undefined : kept.join('; ');
}

/**
 * Checks a signed cookie value and returns the session token inside it.
 *
 * @param value - The decoded cookie value (`token.signature`).
 * @param secret - The auth secret.
 * @returns The token, or null when the signature is missing or wrong.
 */
export function verifySignedToken(value: string, secret: string): string | null {
  const dot = value.lastIndexOf('.');
  if (dot < 1) {
    return null;
  }
  const token = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1));
  const expected = Buffer.from(sign(token, secret));
  if (given.length !== SIGNATURE_LENGTH || given.length !== expected.length) {
    return null;
  }
  return timingSafeEqual(given, expected) ? token : null;
}

/**
 * Builds the signed, URL-encoded cookie value for a session token, exactly as better-auth sets it.
 * Used by test fixtures that open sessions without a password round trip.
 *
 * @param token - The session token.
 * @param secret - The auth secret.
 * @returns The value for `name=value`.
 */
export function signedCookieValue(token: string, secret: string): string {
  return encodeURIComponent(`${token}.${sign(token, secret)}`);
}
