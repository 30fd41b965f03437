import { useApiInfiniteQuery } from '../../api/use-api-list';
import { useT } from '../../i18n/use-t';
import { QueryState } from '../workspace/page-states';
import { VITALS_LIST } from './record-lists';
import { VitalsForm } from './vitals-form';
import { VitalsTable } from './vitals-table';

/** Vitals, newest first (the list's default order), then the form to record a new set. */
export function VitalsSection({ patientId }: { readonly patientId: string }) {
  const t = useT();
  const vitals = useApiInfiniteQuery(VITALS_LIST, {
    path: `/api/patients/${encodeURIComponent(patientId)}/vitals`,
    query: { limit: 20, order: 'desc' },
  });
  return (
    <section className="ws-section" aria-labelledby="chart-vitals">
      <h2 id="chart-vitals">{t('vitals.title')}</h2>
      <QueryState
        query={{ ...vitals, data: vitals.data === undefined ? undefined : vitals.items }}
        emptyText={t('vitals.empty')}
        isEmpty={(items) => items.length === 0}
      >
        {(items) => (
          <>
            <VitalsTable items={items} caption={t('vitals.tableCaption')} />
            {vitals.hasNextPage ? (
              <button
                className="button button--secondary"
                type="button"
                disabled={vitals.isFetchingNextPage}
                onClick={() => void vitals.fetchNextPage()}
              >
                {t('vitals.more')}
              </button>
            ) : null}
          </>
        )}
      </QueryState>
      <VitalsForm patientId={patientId} />
    </section>
  );
}
