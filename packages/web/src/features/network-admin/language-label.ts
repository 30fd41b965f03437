import { languageName } from '../find-care/finder-languages';

/**
 * A language's name for the checkboxes: the browser's name for the ISO 639 code, or ours when the browser
 * has none (Chromium names no sign language: `ase` would show as the bare code).
 *
 * @param code - An ISO 639 code.
 * @param locale - The reader's locale.
 * @param t - The translator (`networkAdmin.language.<code>` holds our names).
 * @returns The name to show.
 * @example languageLabel('ase', 'en-US', t) // 'American Sign Language'
 */
export function languageLabel(code: string, locale: string, t: (key: string) => string): string {
  const named = languageName(code, locale);
  if (named !== code) {
    return named;
  }
  const key = `networkAdmin.language.${code}`;
  const ours = t(key);
  return ours === key ? code : ours;
}
