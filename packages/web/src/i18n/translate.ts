/** A message catalogue: message key → text with optional `{name}` placeholders. */
export type Catalogue = Readonly<Record<string, string>>;

/** Values that fill `{name}` placeholders. Numbers are formatted for the reader's locale. */
export type MessageVars = Readonly<Record<string, string | number>>;

/** Looks a key up and fills its placeholders. */
export type Translate = (key: string, vars?: MessageVars) => string;

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Fills `{name}` placeholders. A placeholder without a value stays visible as `{name}`, so a missing
 * variable shows up in review instead of silently vanishing from a sentence.
 *
 * @param template - The message text.
 * @param vars - The values to put in.
 * @param formatNumber - How numbers are written for the reader.
 * @returns The finished text.
 */
export function interpolate(template: string, vars: MessageVars, formatNumber: (value: number) => string): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) {
      return whole;
    }
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

/**
 * Builds `t()` for one language. A key missing from the language falls back to English, and a key
 * missing from both returns the key itself, so a gap is visible rather than a blank on the page.
 *
 * @param catalogue - The reader's language.
 * @param fallback - English, the complete catalogue.
 * @param locale - The reader's locale, for numbers inside messages.
 * @returns The translate function.
 */
export function createTranslator(catalogue: Catalogue, fallback: Catalogue, locale: string): Translate {
  const numbers = new Intl.NumberFormat(locale);
  const formatNumber = (value: number): string => numbers.format(value);
  return (key, vars) => {
    const template = catalogue[key] ?? fallback[key] ?? key;
    return vars === undefined ? template : interpolate(template, vars, formatNumber);
  };
}
