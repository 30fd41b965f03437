import { randomBytes } from 'node:crypto';

/** Generated keys and secrets have this many random bytes; configured audit keys need at least as many. */
export const KEY_BYTES = 32;

const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

/**
 * Decodes a key given as base64 (standard or URL-safe alphabet, as `openssl rand -base64 32` or
 * a generated keys file writes it).
 *
 * @param text - The encoded key.
 * @returns The key bytes, or null when the text is not base64 of at least {@link KEY_BYTES} bytes.
 */
export function decodeKey(text: string): Buffer | null {
  if (!BASE64.test(text)) {
    return null;
  }
  const bytes = Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  return bytes.length >= KEY_BYTES ? bytes : null;
}

/** @returns {@link KEY_BYTES} fresh random bytes as URL-safe base64 (43 characters). */
export function generateKey(): string {
  return randomBytes(KEY_BYTES).toString('base64url');
}
