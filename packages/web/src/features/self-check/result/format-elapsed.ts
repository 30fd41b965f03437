import type { Translate } from '../../../i18n/translate';

const HOURS_PER_DAY = 24;

/**
 * "About 30 hours since your last dose", or days past two days, rounded to what a person can use.
 *
 * @param hours - Hours since the last dose.
 * @param t - The translator.
 * @param formatNumber - Locale-aware number formatting.
 * @returns The sentence.
 */
export function formatElapsed(
  hours: number,
  t: Translate,
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string,
): string {
  if (hours < 1) {
    return t('result.withdrawal.sinceUnderHour');
  }
  if (hours < 2 * HOURS_PER_DAY) {
    return t('result.withdrawal.sinceHours', { hours: formatNumber(Math.floor(hours)) });
  }
  return t('result.withdrawal.sinceDays', {
    days: formatNumber(hours / HOURS_PER_DAY, { maximumFractionDigits: 1 }),
  });
}
