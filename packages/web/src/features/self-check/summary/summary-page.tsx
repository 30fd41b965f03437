import { Link } from 'react-router';
import { useI18n } from '../../../i18n/use-t';
import { PageHeading } from '../../../ui/page-heading';
import { useSelfCheck } from '../state/use-self-check';
import { CareSection } from '../result/care-section';
import { useComputedResult } from '../result/use-computed-result';
import { stepPath } from '../steps';
import { SummaryAlerts } from './summary-alerts';
import { SummaryInstrument } from './summary-instrument';
import { SummarySafety } from './summary-safety';
import { SummarySources } from './summary-sources';
import { SummaryUse } from './summary-use';

/** `/check/summary`: answers, scores, bands, the date and citations, made to print or save as a PDF. */
export function SummaryPage() {
  const { t, formatDateTime } = useI18n();
  const { state } = useSelfCheck();
  const computed = useComputedResult();
  return (
    <div className="page page--summary">
      <PageHeading>{t('summary.title')}</PageHeading>
      {computed === null ? (
        <p>
          {t('result.noAnswers')} <Link to={stepPath('safety')}>{t('result.startAgain')}</Link>
        </p>
      ) : (
        <>
          <p className="summary-date">
            {t('summary.date', { date: formatDateTime(computed.at, { dateStyle: 'long', timeStyle: 'short' }) })}
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
          <p className="notice notice--info">{t(computed.result.disclaimerKey)}</p>
          <SummaryAlerts computed={computed} />
          <SummarySafety state={state} />
          <SummaryUse computed={computed} state={state} />
          <SummaryInstrument id="dsm5-kud" score={computed.scores.kud} emptyText="" />
          <SummaryInstrument id="sows" score={computed.scores.sows} emptyText="" />
          <SummaryInstrument id="phq9" score={computed.scores.phq9} emptyText={t('result.mood.skipped')} />
          <SummaryInstrument id="gad7" score={computed.scores.gad7} emptyText={t('result.mood.skipped')} />
          <CareSection computed={computed} brief />
          <SummarySources computed={computed} />
        </>
      )}
    </div>
  );
}
