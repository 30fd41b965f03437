import { useApiInfiniteQuery } from '../../api/use-api-list';
import { useT } from '../../i18n/use-t';
import { QueryState } from '../workspace/page-states';
import { AssessmentsTable } from './assessments-table';
import { ASSESSMENT_LIST } from './record-lists';

/** The patient's scored questionnaires, newest first, twenty at a time. */
export function AssessmentsSection({ patientId }: { readonly patientId: string }) {
  const t = useT();
  const assessments = useApiInfiniteQuery(ASSESSMENT_LIST, {
    path: `/api/patients/${encodeURIComponent(patientId)}/assessments`,
    query: { limit: 20 },
  });
  return (
    <section className="ws-section" aria-labelledby="chart-assessments">
      <h2 id="chart-assessments">{t('chart.assessments')}</h2>
      <QueryState
        query={{ ...assessments, data: assessments.data === undefined ? undefined : assessments.items }}
        emptyText={t('chart.assessmentsEmpty')}
        isEmpty={(items) => items.length === 0}
      >
        {(items) => <AssessmentsTable items={items} caption={t('chart.assessments')} />}
      </QueryState>
    </section>
  );
}
