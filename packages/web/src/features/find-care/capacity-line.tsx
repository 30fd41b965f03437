import type { TFinderProgramme } from '@kratom-care/contracts';
import { useI18n, useT } from '../../i18n/use-t';

function placesText(available: number | null, t: ReturnType<typeof useT>): string {
  if (available === null) {
    return t('findCare.capacity.unknown');
  }
  return available === 0 ? t('findCare.capacity.full') : t('findCare.capacity.open', { count: available });
}

/** "3 open places · next intake 12 Dec 2026", or "Open places not reported": never a guess. */
export function capacityText(
  programme: Pick<TFinderProgramme, 'capacityAvailable' | 'nextIntakeDate'>,
  t: ReturnType<typeof useT>,
  formatDate: (date: Date) => string,
): string {
  const places = placesText(programme.capacityAvailable, t);
  if (programme.nextIntakeDate === null) {
    return places;
  }
  // A date without a time: read at noon UTC so no time zone moves it to the day before.
  const intake = formatDate(new Date(`${programme.nextIntakeDate}T12:00:00Z`));
  return t('findCare.capacity.withIntake', { places, date: intake });
}

/** @returns A formatter for programme capacity in the reader's locale. */
export function useCapacityText(): (
  programme: Pick<TFinderProgramme, 'capacityAvailable' | 'nextIntakeDate'>,
) => string {
  const t = useT();
  const { formatDateTime } = useI18n();
  return (programme) =>
    capacityText(programme, t, (date) => formatDateTime(date, { dateStyle: 'medium', timeZone: 'UTC' }));
}
