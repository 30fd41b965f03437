import { SHELL_MESSAGES_EN } from './shell-catalogue';
import type { Catalogue } from './translate';

/**
 * The languages the UI is written in, with the messages of the first screen only (the self-check's and the
 * workspace's own come with their pages, see ./README.md). To add one, list its shell catalogue here.
 */
export const CATALOGUES: Readonly<Record<string, Catalogue>> = { en: SHELL_MESSAGES_EN };

export const DEFAULT_LANGUAGE = 'en';

/**
 * Picks the first of the reader's preferred languages that we have, by primary subtag
 * (`es-MX` → `es`), else English.
 *
 * @param preferred - The browser's languages, most wanted first (`navigator.languages`).
 * @returns A key of {@link CATALOGUES}.
 */
export function pickLanguage(preferred: readonly string[]): string {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary !== undefined && primary in CATALOGUES) {
      return primary;
    }
  }
  return DEFAULT_LANGUAGE;
}
