import { useApiQuery } from '../../api/use-api-query';
import { useT } from '../../i18n/use-t';
import { AssessmentsTable } from '../chart/assessments-table';
import { ASSESSMENT_LIST } from '../chart/record-lists';
import { EmptyState, QueryState } from '../workspace/page-states';

/**
 * My scored questionnaires, when the clinic shares them with me: the API answers 404 when it does not
 * (it cannot tell "not shared" from "nothing there"), which is said as "not shared", not as an error.
 */
export function MyAssessments({ patientId }: { readonly patientId: string }) {
  const t = useT();
  const list = useApiQuery(ASSESSMENT_LIST, {
    path: `/api/patients/${encodeURIComponent(patientId)}/assessments`,
    query: { limit: 20 },
  });
  return (
    <section className="ws-section" aria-labelledby="my-assessments">
      <h2 id="my-assessments">{t('myRecord.assessments')}</h2>
      {list.error?.status === 404 ? (
        <EmptyState text={t('myRecord.assessmentsEmpty')} />
      ) : (
        <QueryState query={list} emptyText={t('myRecord.assessmentsEmpty')} isEmpty={(data) => data.items.length === 0}>
          {(data) => <AssessmentsTable items={data.items} caption={t('myRecord.assessments')} />}
        </QueryState>
      )}
    </section>
  );
}
