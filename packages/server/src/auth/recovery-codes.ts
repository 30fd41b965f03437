import { randomInt } from 'node:crypto';

/**
 * The characters of a recovery code: digits and lower-case letters without the ones that are read
 * or typed as each other (0/o, 1/l/i). Lower case only, so no code differs from another by case.
 * 31 symbols over 10 characters is about 49.5 bits, far above the 20 bits NIST SP 800-63B §5.1.2.1
 * asks of a look-up secret whose use is rate-limited (ours is, and each code works once).
 *
 * @see https://pages.nist.gov/800-63-3/sp800-63b.html#sec5 (look-up secrets)
 */
export const RECOVERY_CODE_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';

/** How many codes one enrolment issues. */
export const RECOVERY_CODE_COUNT = 10;

/**
 * @param count - How many codes.
 * @param pick - Picks an index below the bound (crypto-strong `randomInt` by default; tests pass their own).
 * @returns Codes like `7kq2m-x9fhd`: two groups of five, all distinct.
 */
export function generateRecoveryCodes(
  count: number = RECOVERY_CODE_COUNT,
  pick: (bound: number) => number = (bound) => randomInt(bound),
): string[] {
  const codes = new Set<string>();
  while (codes.size < count) {
    let text = '';
    for (let index = 0; index < 10; index += 1) {
      text += RECOVERY_CODE_ALPHABET[pick(RECOVERY_CODE_ALPHABET.length)] ?? '';
    }
    codes.add(`${text.slice(0, 5)}-${text.slice(5)}`);
  }
  return [...codes];
}
