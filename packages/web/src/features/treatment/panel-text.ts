import type { MessageVars, Translate } from '../../i18n/translate';

/** A value of a decision-support item: times are epoch milliseconds (keys ending in `Ms`). */
export type PanelValue = string | number | boolean | null;

/** How the panel writes a moment; the page passes the reader's locale formatter. */
export type FormatTime = (date: Date) => string;

/**
 * Turns an item's values into message variables: a time (`…Ms`) in the reader's format, a medicine by
 * its name, yes/no for a flag, and "not recorded" for a value the rule did not have (never blank, so a
 * missing input is visible).
 *
 * @param values - The item's or note's values.
 * @param t - The translator.
 * @param formatTime - The reader's date-time format.
 * @returns Variables for `t()`.
 * @example panelVars({ cows: 8, drug: 'clonidine' }, t, fmt) // => { cows: 8, drug: 'Clonidine' }
 */
export function panelVars(
  values: Readonly<Record<string, PanelValue>>,
  t: Translate,
  formatTime: FormatTime,
): MessageVars {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, panelValue(key, value, t, formatTime)]));
}

/**
 * @param key - The value's name.
 * @param value - The value.
 * @param t - The translator.
 * @param formatTime - The reader's date-time format.
 * @returns The value as shown.
 */
export function panelValue(key: string, value: PanelValue, t: Translate, formatTime: FormatTime): string | number {
  if (value === null) {
    return t('meds.panel.value.none');
  }
  if (typeof value === 'boolean') {
    return t(value ? 'meds.panel.value.yes' : 'meds.panel.value.no');
  }
  if (typeof value === 'number' && key.endsWith('Ms')) {
    return formatTime(new Date(value));
  }
  if (typeof value === 'number' && /hours/i.test(key)) {
    // Hours since a dose are exact to the millisecond; a clinician reads them to a tenth of an hour.
    return Math.round(value * 10) / 10;
  }
  if (key === 'drug' && typeof value === 'string') {
    return t(`meds.drug.${value}`);
  }
  return value;
}

/**
 * An input's name as a reader sees it: the rule's own camel-case name split into words (`latestCowsTotal`
 * → "latest COWS total"). Input names are the rule's evidence, shown as the rule names them.
 *
 * @param key - The input's name.
 * @returns Words.
 * @example inputLabel('hoursSinceLastKratom') // => 'hours since last kratom'
 */
export function inputLabel(key: string): string {
  return key
    .replace(/(At)?Ms$/, 'At')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/\bcows\b/g, 'COWS')
    .replace(/\bug\b/g, 'µg');
}
