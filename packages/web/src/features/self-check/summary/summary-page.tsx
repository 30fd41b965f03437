import { Link } from 'react-router';
import { useI18n } from '../../../i18n/use-t';
import { PageHeading } from '../../../ui/page-heading';
import { useSelfCheck } from '../state/use-self-check';
import { useComputedResult } from '../result/use-computed-result';
import { stepPath } from '../steps';
import { SummaryAlerts } from './summary-alerts';
import { SummaryCare } from './summary-care';
import { SummaryInstrument } from './summary-instrument';
import { SummarySafety } from './summary-safety';
import { SummarySources } from './summary-sources';
import { SummaryUse } from './summary-use';
import './summary.css';

/**
 * `/check/summary`: safety alerts first (even when answers are missing), the care suggestion and next steps,
 * then answers, scores and bands, and the sources once at the end; made to print or save as a PDF on at most
 * two Letter pages.
 */
export function SummaryPage() {
  const { t, formatDateTime } = useI18n();
  const { state } = useSelfCheck();
  const { evaluation, usePattern } = useComputedResult();
  const { outcome, instruments } = evaluation;
  return (
    <div className="page page--summary">
      <PageHeading>{t('summary.title')}</PageHeading>
      <SummaryAlerts alerts={evaluation.safety.alerts} />
      {outcome === null || usePattern === null ? (
        <p>
          {t('result.noAnswers')} <Link to={stepPath('safety')}>{t('result.startAgain')}</Link>
        </p>
      ) : (
        <>
          <p className="summary-date">
            {t('summary.date', { date: formatDateTime(evaluation.at, { dateStyle: 'long', timeStyle: 'short' }) })}
          </p>
          <p>{t('summary.intro')}</p>
          <div className="button-row no-print">
            <button
              className="button"
              type="button"
              onClick={() => {
                window.print();
              }}
            >
              {t('summary.print')}
            </button>
            <Link className="button button--secondary" to={stepPath('result')}>
              {t('summary.backToResult')}
            </Link>
          </div>
          <p className="notice notice--info">{t(evaluation.disclaimerKey)}</p>
          <SummaryCare outcome={outcome} />
          <div className="summary-columns">
            <SummarySafety state={state} />
            <SummaryUse usePattern={usePattern} dailyGrams={outcome.usePattern.dailyGrams} state={state} />
            <SummaryInstrument result={instruments.kud} />
            <SummaryInstrument result={instruments.sows} />
            <SummaryInstrument result={instruments.phq9} />
            <SummaryInstrument result={instruments.gad7} />
          </div>
          <SummarySources evaluation={evaluation} />
        </>
      )}
    </div>
  );
}
