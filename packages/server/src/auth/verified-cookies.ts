import { sessionTokenDigest } from '@kratom-care/store';
import { verifySignedToken } from './session-cookie.js';

/** Enough for every signed-in user of a large deployment; each entry is two short strings. */
export const VERIFIED_COOKIES_MAX = 10_000;

/**
 * Remembers which signed session cookies have already been checked, and the token digest each one
 * stands for. Checking a cookie is an HMAC-SHA256 and a SHA-256, the same answer every time for one
 * value and one secret, and a busy client sends the same cookie with every request. Only a cookie
 * whose signature is right is remembered, so a forged one costs its HMAC every time and cannot push
 * anything in; whether the session behind it still lives is asked of the database on every request,
 * as before. The oldest entry goes first once the map is full.
 */
export class VerifiedCookies {
  readonly #secret: string;
  readonly #max: number;
  readonly #digests = new Map<string, string>();

  /**
   * @param secret - The auth secret the cookies are signed with.
   * @param max - Most cookies remembered.
   */
  constructor(secret: string, max = VERIFIED_COOKIES_MAX) {
    this.#secret = secret;
    this.#max = max;
  }

  /**
   * The digest of the session token inside a signed cookie value.
   *
   * @param value - The decoded cookie value (`token.signature`).
   * @returns The token's digest (as stored in `session.token`), or null when the signature is wrong.
   */
  digestOf(value: string): string | null {
    const known = this.#digests.get(value);
    if (known !== undefined) {
      return known;
    }
    const token = verifySignedToken(value, this.#secret);
    if (token === null) {
      return null;
    }
    const digest = sessionTokenDigest(token);
    if (this.#digests.size >= this.#max) {
      const oldest = this.#digests.keys().next();
      if (oldest.done !== true) {
        this.#digests.delete(oldest.value);
      }
    }
    this.#digests.set(value, digest);
    return digest;
  }
}
