import type { TPlanVersion } from '@kratom-care/contracts';
import { useI18n } from '../../i18n/use-t';

/** A date-only value (`2027-02-15`) in the reader's words, read as that calendar day. */
export function useDateText(): (date: string) => string {
  const { formatDateTime } = useI18n();
  return (date) => formatDateTime(new Date(`${date}T12:00:00`), { dateStyle: 'medium' });
}

/** One version of the plan as the clinician reads it, each item marked when the patient sees it. */
export function PlanView({ version }: { readonly version: TPlanVersion }) {
  const { t } = useI18n();
  const dateText = useDateText();
  const shown = (patientFacing: boolean) =>
    patientFacing ? <span className="care-tag"> ({t('plan.view.patientFacing')})</span> : null;
  const names = (ids: readonly string[]) =>
    ids.map((id) => version.staff.find((entry) => entry.userId === id)?.name ?? id).join(', ');
  return (
    <div className="care-plan">
      <h4>{t('plan.form.problems')}</h4>
      <ul>
        {version.problems.map((problem, index) => (
          <li key={index}>
            {problem.text}
            {shown(problem.patientFacing)}
          </li>
        ))}
      </ul>
      <h4>{t('plan.form.goals')}</h4>
      <ul>
        {version.goals.map((goal, index) => (
          <li key={index}>
            {goal.text} — {t('plan.view.measure', { measure: goal.measure, date: dateText(goal.targetDate) })}
            {shown(goal.patientFacing)}
          </li>
        ))}
      </ul>
      <h4>{t('plan.form.interventions')}</h4>
      <ul>
        {version.interventions.map((item, index) => (
          <li key={index}>
            {t(`plan.intervention.${item.kind}`)}
            {item.details === undefined ? null : <>: {item.details}</>}
            {item.responsibleUserId === undefined ? null : <> ({names([item.responsibleUserId])})</>}
            {shown(item.patientFacing)}
          </li>
        ))}
      </ul>
      <p>{t('plan.view.staff', { names: names(version.responsibleUserIds) })}</p>
      <p>{t('plan.view.review', { date: dateText(version.reviewDate) })}</p>
      {version.patientNote === undefined ? null : <p className="care-tag">{version.patientNote}</p>}
    </div>
  );
}
