import { Link } from 'react-router';
import { useT } from '../../../i18n/use-t';
import { PageHeading } from '../../../ui/page-heading';
import { ProgressIndicator } from '../../../ui/progress-indicator';
import { ClearAnswers } from '../clear/clear-answers';
import { STEPS, SUMMARY_PATH, stepIndex, stepPath } from '../steps';
import { CrisisLines } from './crisis-lines';
import { KudSection } from './kud-section';
import { MoodSection } from './mood-section';
import { OptionsSection } from './options-section';
import { ResultCrisis } from './result-crisis';
import { ResultSources } from './result-sources';
import { RiskNotesSection } from './risk-notes-section';
import { SummaryCard } from './summary-card';
import { useComputedResult } from './use-computed-result';
import { WhyWeSuggest } from './why-we-suggest';
import { WithdrawalSection } from './withdrawal-section';
import './result.css';

/**
 * `/check/result`: red flags and crisis help first (even when answers are missing), then the answer in one
 * card (care intensity, next steps, "Find care near you") that fits the first phone screen, then short parts
 * whose details fold out, and the sources once. Scores suggest; they never prescribe.
 */
export function ResultPage() {
  const t = useT();
  const { evaluation } = useComputedResult();
  const { outcome, instruments } = evaluation;
  return (
    <div className="page page--result">
      <ProgressIndicator current={stepIndex('result') + 1} total={STEPS.length} />
      <PageHeading>{t('result.title')}</PageHeading>
      <ResultCrisis safety={evaluation.safety} />
      {outcome === null ? (
        <p>
          {t('result.noAnswers')} <Link to={stepPath('safety')}>{t('result.startAgain')}</Link>
        </p>
      ) : (
        <>
          <SummaryCard card={outcome.summaryCard} />
          <WhyWeSuggest care={outcome.care} />
          <div className="notice notice--info">
            <p>{t(evaluation.disclaimerKey)}</p>
          </div>
          <RiskNotesSection notes={outcome.riskNotes} />
          <OptionsSection options={outcome.treatmentOptions} />
          <KudSection kud={outcome.kud} instrument={instruments.kud} />
          <WithdrawalSection withdrawal={outcome.withdrawal} />
          <MoodSection phq9={instruments.phq9} gad7={instruments.gad7} />
          <CrisisLines resources={evaluation.safety.crisisResources} />
          <ResultSources evaluation={evaluation} />
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
