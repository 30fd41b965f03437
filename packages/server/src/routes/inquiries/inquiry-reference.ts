import { randomInt } from 'node:crypto';

/*
 * A reference a person can read out on the phone: Crockford's base 32 (no I, L, O or U, so it is
 * never misread as 1 or 0), two groups of four: 32⁸ ≈ 10¹² values. The store's unique index
 * refuses a repeat, which at 10⁵ requests happens about once in 200 installations' lifetimes.
 * @see https://www.crockford.com/base32.html
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function group(): string {
  let text = '';
  for (let index = 0; index < 4; index += 1) {
    text += ALPHABET.charAt(randomInt(ALPHABET.length));
  }
  return text;
}

/**
 * @returns A new reference, e.g. `KC-7F3Q-9K2M` (matches INQUIRY_REFERENCE_PATTERN).
 */
export function newInquiryReference(): string {
  return `KC-${group()}-${group()}`;
}
