import type { THandoffSummary } from '@kratom-care/contracts';
import { useI18n } from '../../i18n/use-t';

type Plan = NonNullable<THandoffSummary['plan']['current']>;

/** The current plan revision on paper: problems, measurable goals, interventions with who carries them out, the review date. */
export function HandoffPlan({ plan }: { readonly plan: Plan }) {
  const { t, formatDateTime } = useI18n();
  const day = (date: string) => formatDateTime(new Date(`${date}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });
  const nameOf = (userId: string | undefined) =>
    userId === undefined ? null : (plan.staff.find((person) => person.userId === userId)?.name ?? null);
  return (
    <>
      <p>
        {t('handoff.plan.revision', {
          revision: plan.revision,
          saved: formatDateTime(new Date(plan.savedAt), { dateStyle: 'medium' }),
          by: plan.savedByName ?? t('handoff.plan.unknownStaff'),
          review: day(plan.reviewDate),
        })}
      </p>
      <h4>{t('handoff.plan.problems')}</h4>
      <ul>
        {plan.problems.map((problem, index) => (
          <li key={`problem-${String(index)}`}>{problem.text}</li>
        ))}
      </ul>
      <h4>{t('handoff.plan.goals')}</h4>
      <ul>
        {plan.goals.map((goal, index) => (
          <li key={`goal-${String(index)}`}>
            {t('handoff.plan.goal', { text: goal.text, measure: goal.measure, target: day(goal.targetDate) })}
          </li>
        ))}
      </ul>
      <h4>{t('handoff.plan.interventions')}</h4>
      <ul>
        {plan.interventions.map((intervention, index) => {
          const who = nameOf(intervention.responsibleUserId);
          return (
            <li key={`intervention-${String(index)}`}>
              {t(`plan.intervention.${intervention.kind}`)}
              {intervention.details === undefined ? '' : `: ${intervention.details}`}
              {who === null ? '' : ` (${who})`}
            </li>
          );
        })}
      </ul>
      <p>
        {t('handoff.plan.staff', {
          names: plan.staff.map((person) => person.name ?? t('handoff.plan.unknownStaff')).join(', '),
        })}
      </p>
    </>
  );
}
