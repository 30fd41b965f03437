import type { TFinderResponse } from '@kratom-care/contracts';
import { useT } from '../../i18n/use-t';
import { FacilityCard } from './facility-card';

interface FinderResultsProps {
  readonly result: TFinderResponse;
  /** Whether any filter is chosen: the empty state then suggests loosening them. */
  readonly filtered: boolean;
  readonly nearZip: boolean;
}

/** The results, nearest first (the API sorts them), with their count and an honest empty state. */
export function FinderResults({ result, filtered, nearZip }: FinderResultsProps) {
  const t = useT();
  if (result.items.length === 0) {
    return (
      <div className="finder-empty">
        <p>
          <strong>{t('findCare.results.none')}</strong>
        </p>
        <ul>
          {nearZip ? <li>{t('findCare.results.noneWiden')}</li> : null}
          {filtered ? <li>{t('findCare.results.noneFilters')}</li> : null}
          <li>{t('findCare.results.noneHelpline')}</li>
        </ul>
      </div>
    );
  }
  return (
    <>
      <p className="finder-count" role="status">
        {t(result.items.length === 1 ? 'findCare.results.countOne' : 'findCare.results.count', {
          count: result.items.length,
        })}
        {result.truncated ? ` ${t('findCare.results.truncated')}` : ''}
      </p>
      <ol className="finder-list">
        {result.items.map((facility) => (
          <li key={facility.id}>
            <FacilityCard facility={facility} />
          </li>
        ))}
      </ol>
    </>
  );
}
