import type { TAssessment, TVitals } from '@kratom-care/contracts';
import { useMemo } from 'react';
import { useApiInfiniteQuery } from '../../../api/use-api-list';
import { useApiQuery } from '../../../api/use-api-query';
import { useI18n } from '../../../i18n/use-t';
import { Notice } from '../../../ui/notice';
import { LoadingState, ErrorState } from '../../workspace/page-states';
import { ASSESSMENT_LIST, VITALS_LIST } from '../record-lists';
import { useChartPatient } from '../use-chart-patient';
import { WithdrawalCharts } from './withdrawal-charts';
import { DECISION_SUPPORT, INTAKE_LAST_DOSE, lastDoseOf } from './withdrawal-reads';
import { WithdrawalScoreForm } from './withdrawal-score-form';
import { serialScoresOf, withdrawalAxis, withdrawalInstrumentOf } from './withdrawal-series';
import { WithdrawalStatus } from './withdrawal-status';
import './withdrawal.css';

/** A page of the record lists: the most the API gives at once (keyset pages of at most 100). */
const PAGE = 100;

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
  // Newest first, a page at a time; the scales are picked out here until the list filters by instrument.
  const assessments = useApiInfiniteQuery(ASSESSMENT_LIST, { path: `${base}/assessments`, query: { limit: PAGE } });
  const vitals = useApiInfiniteQuery(VITALS_LIST, { path: `${base}/vitals`, query: { limit: PAGE } });
  const intake = useApiQuery(INTAKE_LAST_DOSE, { path: `${base}/intake`, query: { limit: 10 } });
  const support = useApiQuery(DECISION_SUPPORT, { path: `${base}/decision-support` });

  const withdrawalScores = useMemo<TAssessment[]>(
    () =>
      (assessments.data?.pages ?? []).flatMap((page) =>
        page.items.filter((item) => withdrawalInstrumentOf(item) !== undefined),
      ),
    [assessments.data],
  );
  const vitalSets = useMemo<TVitals[]>(() => (vitals.data?.pages ?? []).flatMap((page) => page.items), [vitals.data]);
  const scores = useMemo(() => serialScoresOf(withdrawalScores), [withdrawalScores]);
  const lastDoseAt = lastDoseOf(intake.data);
  const axis = useMemo(() => withdrawalAxis(lastDoseAt), [lastDoseAt]);
  const doses = useMemo(
    () =>
      support.data === undefined
        ? null
        : support.data.inductionLog.map((entry) => ({
            id: entry.administrationId,
            givenAtMs: Date.parse(entry.givenAt),
          })),
    [support.data],
  );

  let axisNote = t('withdrawal.axis.noDose');
  if (axis.kind === 'hours-since-dose') {
    const time = formatDateTime(new Date(axis.lastDoseAtMs), { dateStyle: 'medium', timeStyle: 'short' });
    axisNote = t('withdrawal.axis.fromDose', { time });
  } else if (intake.isPending) {
    axisNote = t('common.loading');
  }
  const failed = assessments.error ?? vitals.error;
  let overview = <LoadingState />;
  if (failed !== null) {
    overview = (
      <ErrorState
        error={failed}
        onRetry={() => {
          void assessments.refetch();
          void vitals.refetch();
        }}
      />
    );
  } else if (!assessments.isPending && !vitals.isPending) {
    overview = (
      <>
        <WithdrawalStatus scores={scores} doses={support.isPending ? [] : doses} />
        <p className="withdrawal__axis" role="note">
          {axisNote}
        </p>
        <WithdrawalCharts assessments={withdrawalScores} vitals={vitalSets} axis={axis} />
        {assessments.hasNextPage || vitals.hasNextPage ? (
          <p>
            <button
              type="button"
              className="button button--secondary"
              disabled={assessments.isFetchingNextPage || vitals.isFetchingNextPage}
              onClick={() => {
                if (assessments.hasNextPage) {
                  void assessments.fetchNextPage();
                }
                if (vitals.hasNextPage) {
                  void vitals.fetchNextPage();
                }
              }}
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
