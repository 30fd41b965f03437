import type { Translate } from '../../i18n/translate';

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

/**
 * A waiting time in words a coordinator reads at a glance: minutes under an hour, hours and minutes
 * under a day, days and hours after that (the minutes no longer matter once a person has waited a day).
 * `Intl.DurationFormat` would do this, but Node 20 (the test runtime) does not have it.
 *
 * @param t - The reader's translate function.
 * @param minutes - Whole minutes, 0 or more.
 * @returns E.g. "45 min", "2 h 5 min", "1 h", "3 d 4 h".
 * @example formatMinutes(t, 125) // '2 h 5 min'
 */
export function formatMinutes(t: Translate, minutes: number): string {
  const total = Math.max(0, Math.floor(minutes));
  if (total < MINUTES_PER_HOUR) {
    return t('admissions.duration.minutes', { minutes: total });
  }
  if (total < MINUTES_PER_DAY) {
    const hours = Math.floor(total / MINUTES_PER_HOUR);
    const minutes = total % MINUTES_PER_HOUR;
    return minutes === 0
      ? t('admissions.duration.wholeHours', { hours })
      : t('admissions.duration.hours', { hours, minutes });
  }
  const days = Math.floor(total / MINUTES_PER_DAY);
  const hours = Math.floor((total % MINUTES_PER_DAY) / MINUTES_PER_HOUR);
  return hours === 0 ? t('admissions.duration.wholeDays', { days }) : t('admissions.duration.days', { days, hours });
}

/**
 * @param from - An ISO time.
 * @param to - A later ISO time.
 * @returns Whole minutes between them (0 when `to` is not later).
 */
export function minutesBetween(from: string, to: string): number {
  return Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / 60_000));
}
