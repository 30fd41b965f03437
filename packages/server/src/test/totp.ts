import { createHmac } from 'node:crypto';

function base32Decode(input: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of input.replace(/=+$/, '').toUpperCase()) {
    value = (value << 5) | alphabet.indexOf(char);
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/**
 * The TOTP code (RFC 6238: SHA-1, 6 digits, 30 s) for a base32 secret, as an authenticator app
 * shows it. `stepOffset` picks a neighbouring step (±1 is accepted), to get distinct valid codes.
 *
 * @param secret - The base32 secret from the `otpauth://` URI.
 * @param stepOffset - Steps from now.
 * @returns The 6-digit code.
 */
export function totpCode(secret: string, stepOffset = 0): string {
  const counter = Math.floor(Date.now() / 30_000) + stepOffset;
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const digest = createHmac('sha1', base32Decode(secret)).update(message).digest();
  const offset = (digest[digest.length - 1] ?? 0) & 0x0f;
  const binary = digest.readUInt32BE(offset) & 0x7fffffff;
  return (binary % 1_000_000).toString().padStart(6, '0');
}

/**
 * The base32 secret in an `otpauth://` URI.
 *
 * @param totpUri - From enrolment.
 * @returns The secret.
 */
export function secretOfTotpUri(totpUri: string): string {
  const secret = new URL(totpUri).searchParams.get('secret');
  if (secret === null) {
    throw new Error('the TOTP URI has no secret');
  }
  return secret;
}
