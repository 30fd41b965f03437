import { useApiQuery } from '../../api/use-api-query';
import { useT } from '../../i18n/use-t';
import { VITALS_LIST } from '../chart/record-lists';
import { VitalsTable } from '../chart/vitals-table';
import { EmptyState, QueryState } from '../workspace/page-states';

/** My vital signs, newest first, when the clinic shares them with me (a 404 reads as "not shared"). */
export function MyVitals({ patientId }: { readonly patientId: string }) {
  const t = useT();
  const list = useApiQuery(VITALS_LIST, {
    path: `/api/patients/${encodeURIComponent(patientId)}/vitals`,
    query: { limit: 20, order: 'desc' },
  });
  return (
    <section className="ws-section" aria-labelledby="my-vitals">
      <h2 id="my-vitals">{t('myRecord.vitals')}</h2>
      {list.error?.status === 404 ? (
        <EmptyState text={t('myRecord.vitalsEmpty')} />
      ) : (
        <QueryState query={list} emptyText={t('myRecord.vitalsEmpty')} isEmpty={(data) => data.items.length === 0}>
          {(data) => <VitalsTable items={data.items} caption={t('myRecord.vitals')} />}
        </QueryState>
      )}
    </section>
  );
}
