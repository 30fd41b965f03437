import { ZPlanResponse } from '@kratom-care/contracts';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../i18n/use-t';
import { useChartPatient } from '../chart/use-chart-patient';
import { QueryState } from '../workspace/page-states';
import { carePaths } from './care-reads';
import { PlanForm } from './plan-form';
import { PlanHistory } from './plan-history';
import { PlanView } from './plan-view';
import './care.css';

/**
 * `/patients/:patientId/plan`: the current treatment plan, the editor (every save a new version, sent
 * with the revision it was based on), and every earlier version.
 */
export function PlanPage() {
  const { t, formatDateTime } = useI18n();
  const patient = useChartPatient();
  const paths = carePaths(patient.id);
  const plan = useApiQuery(ZPlanResponse, { path: paths.plan });
  return (
    <>
      <h2>{t('plan.title')}</h2>
      <p className="ws-muted">{t('plan.intro')}</p>
      <QueryState query={plan} emptyText={t('plan.none')}>
        {({ plan: current }) => (
          <>
            {current === null ? (
              <p>{t('plan.none')}</p>
            ) : (
              <section className="workspace-card" aria-labelledby="plan-current-title">
                <h3 id="plan-current-title">
                  {t('plan.current', {
                    revision: current.revision,
                    who: current.savedByName ?? t('care.decision.unknownUser'),
                    when: formatDateTime(new Date(current.savedAt), { dateStyle: 'medium', timeStyle: 'short' }),
                  })}
                </h3>
                <PlanView version={current} />
              </section>
            )}
            <PlanForm patientId={patient.id} facilityId={patient.facilityId} current={current} />
          </>
        )}
      </QueryState>
      <PlanHistory path={paths.planVersions} />
    </>
  );
}
