/*
 * A stable key for a listing that carries no id of its own: FNV-1a (64 bit) over its normalised name,
 * street and ZIP code. Not a security hash, only a short, stable, well-spread name for the same text; the
 * domain has no crypto module, and a collision would need two listings to differ only in those fields.
 *
 * @see http://www.isthe.com/chongo/tech/comp/fnv/index.html (FNV-1a parameters: offset basis and prime)
 */

const OFFSET_BASIS = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;
const MASK = (1n << 64n) - 1n;

/**
 * @param text - Any text (hashed as UTF-16 code units).
 * @returns 16 hexadecimal digits.
 * @example fnv1a64('') // => 'cbf29ce484222325'
 */
export function fnv1a64(text: string): string {
  let hash = OFFSET_BASIS;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= BigInt(text.charCodeAt(index));
    hash = (hash * PRIME) & MASK;
  }
  return hash.toString(16).padStart(16, '0');
}

/** Lower case, letters and digits only, single spaces: "12 Birch Rd." and "12 birch rd" are one listing. */
function normalizePart(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The key of a locator listing without an id.
 *
 * @param parts - Its `name1`, `street1` and five-digit ZIP code.
 * @returns `h-` and 16 hexadecimal digits.
 */
export function listingKey(parts: { readonly name1: string; readonly street1: string; readonly zip: string }): string {
  return `h-${fnv1a64([parts.name1, parts.street1, parts.zip].map(normalizePart).join('|'))}`;
}
