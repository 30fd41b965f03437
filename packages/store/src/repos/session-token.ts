import { createHash } from 'node:crypto';

/**
 * What the `session.token` column holds for a session token: its SHA-256, hex-encoded. The cookie
 * carries the token itself; the database never does, so a copy of the database or a backup
 * yields no session anyone can present (issue 8, decision 0014). A plain hash is enough because
 * session tokens are long random strings (better-auth's are 32 characters, about 190 bits): there
 * is nothing to guess, and a fast, unsalted hash keeps the lookup a single indexed equality.
 *
 * Every place a token meets the `session` table goes through this: better-auth's adapter
 * (server `auth/hashed-session-adapter.ts`), the session resolver and routes, and the fixtures
 * and benches that open sessions directly.
 *
 * @param token - The session token, as taken out of its signed cookie.
 * @returns The value stored in, and looked up by, `session.token`.
 */
export function sessionTokenDigest(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
