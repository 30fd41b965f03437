import { Link } from 'react-router';
import { useT } from '../../../i18n/use-t';
import { CrisisResourceList } from '../../../ui/crisis-resource-list';
import { PageHeading } from '../../../ui/page-heading';
import { ProgressIndicator } from '../../../ui/progress-indicator';
import { ClearAnswers } from '../clear/clear-answers';
import { STEPS, SUMMARY_PATH, stepIndex, stepPath } from '../steps';
import { CareSection } from './care-section';
import { KudSection } from './kud-section';
import { MoodSection } from './mood-section';
import { NextStepsSection } from './next-steps-section';
import { ResultCrisis } from './result-crisis';
import { RiskNotesSection } from './risk-notes-section';
import { useComputedResult } from './use-computed-result';
import { WithdrawalSection } from './withdrawal-section';

/**
 * `/check/result`: red flags and crisis help first, then severity, the withdrawal picture, mood and
 * anxiety, risk notes, the care-intensity suggestion and next steps. Scores suggest; they never prescribe.
 */
export function ResultPage() {
  const t = useT();
  const computed = useComputedResult();
  return (
    <div className="page page--result">
      <ProgressIndicator current={stepIndex('result') + 1} total={STEPS.length} />
      <PageHeading>{t('result.title')}</PageHeading>
      {computed === null ? (
        <p>
          {t('result.noAnswers')} <Link to={stepPath('safety')}>{t('result.startAgain')}</Link>
        </p>
      ) : (
        <>
          <ResultCrisis computed={computed} />
          <div className="notice notice--info">
            <p>{t(computed.result.disclaimerKey)}</p>
          </div>
          <KudSection computed={computed} />
          <WithdrawalSection computed={computed} />
          <MoodSection computed={computed} />
          <RiskNotesSection computed={computed} />
          <CareSection computed={computed} />
          <NextStepsSection computed={computed} />
          <CrisisResourceList headingId="result-crisis-list-title" />
          <div className="button-row">
            <Link className="button" to={SUMMARY_PATH}>
              {t('result.toSummary')}
            </Link>
            <Link className="button button--secondary" to={stepPath('safety')}>
              {t('result.changeAnswers')}
            </Link>
          </div>
        </>
      )}
      <h2>{t('result.clearTitle')}</h2>
      <ClearAnswers />
    </div>
  );
}
