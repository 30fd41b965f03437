import { CONSENT_CATEGORIES, type ConsentCategory } from '../vocabulary.js';

/**
 * Stores a category list as a JSON array without duplicates, in the canonical order, so equal
 * sets compare equal as text.
 *
 * @param categories - The categories to store; at least one.
 * @returns The JSON text.
 * @throws RangeError when the list is empty: a consent or disclosure always covers something.
 */
export function categoriesToJson(categories: readonly ConsentCategory[]): string {
  const unique = CONSENT_CATEGORIES.filter((category) => categories.includes(category));
  if (unique.length === 0) {
    throw new RangeError('at least one known category is required');
  }
  return JSON.stringify(unique);
}

/**
 * Reads a stored category list, keeping only known categories.
 *
 * @param text - JSON text written by {@link categoriesToJson}.
 * @returns The categories.
 */
export function categoriesFromJson(text: string): ConsentCategory[] {
  const parsed: unknown = JSON.parse(text);
  if (!Array.isArray(parsed)) {
    return [];
  }
  return CONSENT_CATEGORIES.filter((category) => parsed.includes(category));
}
