import type { TFinderFacility } from '@kratom-care/contracts';
import { useT } from '../../i18n/use-t';
import { useValueLabel } from './vocabulary-labels';

/** The yes-only filters name only themselves ("Experience with kratom"); the API sends their value as `true`. */
const FLAG_REASONS: ReadonlySet<string> = new Set(['kratomExperience', 'openCapacity']);

/** "Why it matches": each chosen filter value this facility meets, in words, from the API's match reasons. */
export function MatchReasons({ reasons }: { readonly reasons: TFinderFacility['matchReasons'] }) {
  const t = useT();
  const label = useValueLabel();
  if (reasons.length === 0) {
    return null;
  }
  const words = reasons.map((reason) =>
    FLAG_REASONS.has(reason.filter) ? t(`careNetwork.filter.${reason.filter}`) : label(reason.filter, reason.value),
  );
  return (
    <p className="finder-reasons">
      <strong>{t('findCare.result.matches')}</strong> {[...new Set(words)].join(', ')}
    </p>
  );
}
