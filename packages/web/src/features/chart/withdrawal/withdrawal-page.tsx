import { useMemo } from 'react';
import { useApiQuery } from '../../../api/use-api-query';
import { useI18n } from '../../../i18n/use-t';
import { Notice } from '../../../ui/notice';
import { LoadingState, ErrorState } from '../../workspace/page-states';
import { useChartPatient } from '../use-chart-patient';
import { WithdrawalCharts } from './withdrawal-charts';
import { INTAKE_LIST, lastDoseOf, monitoringPath, PATIENT_MONITORING } from './withdrawal-reads';
import { WithdrawalScoreForm } from './withdrawal-score-form';
import { serialScoresOf, withdrawalAxis } from './withdrawal-series';
import { useWithdrawalLists } from './use-withdrawal-lists';
import { WithdrawalStatus } from './withdrawal-status';
import './withdrawal.css';

/** The red flags that come before any withdrawal score (REFERENCE §11), with the crisis bar's numbers above. */
function RedFlagsFirst() {
  const { t } = useI18n();
  return (
    <Notice tone="warning">
      <p>
        <strong>{t('withdrawal.redFlags.title')}</strong>
      </p>
      <ul>
        <li>{t('withdrawal.redFlags.breathing')}</li>
        <li>{t('withdrawal.redFlags.seizure')}</li>
        <li>{t('withdrawal.redFlags.chest')}</li>
        <li>{t('withdrawal.redFlags.fluids')}</li>
        <li>{t('withdrawal.redFlags.liver')}</li>
      </ul>
    </Notice>
  );
}

/**
 * `/patients/:patientId/withdrawal`: supervised withdrawal at a glance (issue 10 §3). Red flags first; then
 * when the next score is due and the COWS trend; the scores and vitals over time, on the hours since the
 * last kratom dose; and the form for the next COWS or SOWS with its vitals.
 */
export function WithdrawalPage() {
  const { t, formatDateTime } = useI18n();
  const patient = useChartPatient();
  const base = `/api/patients/${encodeURIComponent(patient.id)}`;
  const lists = useWithdrawalLists(base);
  const { assessments: withdrawalScores, vitals: vitalSets } = lists;
  const intake = useApiQuery(INTAKE_LIST, { path: `${base}/intake`, query: { limit: 10 } });
  const monitoring = useApiQuery(PATIENT_MONITORING, { path: monitoringPath(base) });
  const scores = useMemo(() => serialScoresOf(withdrawalScores), [withdrawalScores]);
  const lastDoseAt = lastDoseOf(intake.data);
  const axis = useMemo(() => withdrawalAxis(lastDoseAt), [lastDoseAt]);

  let axisNote = t('withdrawal.axis.noDose');
  if (axis.kind === 'hours-since-dose') {
    const time = formatDateTime(new Date(axis.lastDoseAtMs), { dateStyle: 'medium', timeStyle: 'short' });
    axisNote = t('withdrawal.axis.fromDose', { time });
  } else if (intake.isPending) {
    axisNote = t('common.loading');
  }
  let overview = <LoadingState />;
  if (lists.error !== null) {
    overview = <ErrorState error={lists.error} onRetry={lists.retry} />;
  } else if (!lists.isPending) {
    overview = (
      <>
        <WithdrawalStatus
          scores={scores}
          monitoring={monitoring.data}
          error={monitoring.error}
          onRetry={() => void monitoring.refetch()}
        />
        <p className="withdrawal__axis" role="note">
          {axisNote}
        </p>
        <WithdrawalCharts assessments={withdrawalScores} vitals={vitalSets} axis={axis} />
        {lists.hasMore ? (
          <p>
            <button
              type="button"
              className="button button--secondary"
              disabled={lists.isFetchingMore}
              onClick={lists.loadMore}
            >
              {t('withdrawal.loadEarlier')}
            </button>
          </p>
        ) : null}
      </>
    );
  }
  return (
    <div className="withdrawal">
      <h2>{t('withdrawal.pageTitle')}</h2>
      <p>{t('withdrawal.pageIntro')}</p>
      <RedFlagsFirst />
      {overview}
      <WithdrawalScoreForm patientId={patient.id} />
    </div>
  );
}
