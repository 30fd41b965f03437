/**
 * The languages the finder offers as a filter: ISO 639 codes (the network stores them so), the languages most
 * spoken at home in the US after English, and American Sign Language. A facility may list others; they show
 * on its page, named by the browser.
 *
 * @see https://www.census.gov/library/stories/2022/12/languages-we-speak-in-united-states.html (languages spoken at home)
 */
export const FINDER_LANGUAGES = ['en', 'es', 'zh', 'vi', 'tl', 'ar', 'ko', 'ru', 'fr', 'ht', 'pt', 'ase'] as const;

/**
 * A language's name in the reader's language, from the browser (`Intl.DisplayNames`): no list of names to
 * keep in step with the codes.
 *
 * @param code - An ISO 639 code.
 * @param locale - The reader's locale.
 * @returns Its name, or the code itself when the browser does not know it.
 * @example languageName('es', 'en') // 'Spanish'
 */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
