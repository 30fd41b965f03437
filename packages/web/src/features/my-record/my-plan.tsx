import { ZPatientPlanResponse } from '@kratom-care/contracts';
import { useApiQuery } from '../../api/use-api-query';
import { useT } from '../../i18n/use-t';
import { useDateText } from '../care/plan-view';
import { EmptyState, QueryState } from '../workspace/page-states';

/**
 * My treatment plan: only the parts my care team marked for me (the server sends nothing else), the
 * people responsible, and when we will review it. A 404 reads as "no plan shared", like the other parts.
 */
export function MyPlan({ patientId }: { readonly patientId: string }) {
  const t = useT();
  const dateText = useDateText();
  const read = useApiQuery(ZPatientPlanResponse, {
    path: `/api/patients/${encodeURIComponent(patientId)}/plan/patient-view`,
  });
  return (
    <section className="ws-section" aria-labelledby="my-plan">
      <h2 id="my-plan">{t('myPlan.title')}</h2>
      {read.error?.status === 404 ? (
        <EmptyState text={t('myPlan.empty')} />
      ) : (
        <QueryState query={read} emptyText={t('myPlan.empty')} isEmpty={(data) => data.plan === null}>
          {({ plan }) =>
            plan === null ? (
              <EmptyState text={t('myPlan.empty')} />
            ) : (
              <div className="workspace-card">
                {plan.patientNote === undefined ? null : <p>{plan.patientNote}</p>}
                {plan.problems.length === 0 ? null : (
                  <>
                    <h3>{t('myPlan.problems')}</h3>
                    <ul>
                      {plan.problems.map((problem, index) => (
                        <li key={index}>{problem.text}</li>
                      ))}
                    </ul>
                  </>
                )}
                {plan.goals.length === 0 ? null : (
                  <>
                    <h3>{t('myPlan.goals')}</h3>
                    <ul>
                      {plan.goals.map((goal, index) => (
                        <li key={index}>
                          {goal.text}
                          <br />
                          {t('myPlan.goalMeasure', { measure: goal.measure, date: dateText(goal.targetDate) })}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {plan.interventions.length === 0 ? null : (
                  <>
                    <h3>{t('myPlan.interventions')}</h3>
                    <ul>
                      {plan.interventions.map((item, index) => (
                        <li key={index}>
                          {t(`plan.intervention.${item.kind}`)}
                          {item.details === undefined ? null : <>: {item.details}</>}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                <p>{t('myPlan.staff', { names: plan.staff.map((entry) => entry.name ?? '').join(', ') })}</p>
                <p>{t('myPlan.review', { date: dateText(plan.reviewDate) })}</p>
              </div>
            )
          }
        </QueryState>
      )}
    </section>
  );
}
