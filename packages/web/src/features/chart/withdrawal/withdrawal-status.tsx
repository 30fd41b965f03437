import type { TPatientMonitoringResponse } from '@kratom-care/contracts';
import { scoreTrend, type ScoreTrend, type SerialScore, type TrendArrow } from '@kratom-care/domain';
import { useEffect, useState } from 'react';
import type { ApiError } from '../../../api/api-error';
import { useI18n } from '../../../i18n/use-t';
import { ErrorState } from '../../workspace/page-states';
import { WITHDRAWAL_FORM_ID } from './withdrawal-score-form';

const ARROWS: Readonly<Record<TrendArrow, string>> = { up: '↑', down: '↓', same: '→' };

/**
 * @param scores - The scores on the page.
 * @returns Now, epoch milliseconds, moving on every minute (a due time turns overdue on screen); never
 *   before the latest score, so a score saved after the page opened counts at once.
 */
function useNowMs(scores: readonly SerialScore[]): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => {
      setNow(Date.now());
    }, 60_000);
    return () => {
      window.clearInterval(timer);
    };
  }, []);
  return scores.reduce((latest, score) => Math.max(latest, score.assessedAtMs), now);
}

function LatestScore({ trend, label }: { readonly trend: ScoreTrend | null; readonly label: string }) {
  const { t, formatDateTime } = useI18n();
  if (trend === null) {
    return (
      <div>
        <dt>{label}</dt>
        <dd>{t('withdrawal.status.none')}</dd>
      </div>
    );
  }
  const band = trend.latestBand === null ? null : t(`instrument.cows.band.${trend.latestBand}`);
  const when = formatDateTime(new Date(trend.latest.assessedAtMs), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        <span className="withdrawal-status__score">
          {band === null
            ? t('withdrawal.status.latestNoBand', { total: trend.latest.total, time: when })
            : t('withdrawal.status.latest', { total: trend.latest.total, band, time: when })}
        </span>{' '}
        {trend.arrow === null ? (
          <span className="ws-muted">{t('withdrawal.status.firstScore')}</span>
        ) : (
          <span>
            <span aria-hidden="true">{ARROWS[trend.arrow]} </span>
            {t(`monitoring.trend.${trend.arrow}`)}
            {trend.basis === 'band' ? ` ${t('withdrawal.status.byBand')}` : ` ${t('withdrawal.status.byTotal')}`}
          </span>
        )}
      </dd>
    </div>
  );
}

interface WithdrawalStatusProps {
  readonly scores: readonly SerialScore[];
  /** The patient's stored monitoring summary; undefined while it loads or when it could not be read. */
  readonly monitoring: TPatientMonitoringResponse | undefined;
  readonly error: ApiError | null;
  readonly onRetry: () => void;
}

/** The next score's due time and rule, as the server stored them, or why none is scheduled. */
function NextDue({
  scores,
  monitoring,
  nowMs,
}: {
  readonly scores: readonly SerialScore[];
  readonly monitoring: TPatientMonitoringResponse;
  readonly nowMs: number;
}) {
  const { t, formatDateTime } = useI18n();
  const { nextScoreDue: due, settings } = monitoring;
  const threshold = settings.activeWithdrawalMinCows;
  if (due === null) {
    // The summary keeps no reason when nothing is due; the scores on the page tell the two apart.
    const anyCows = scores.some((score) => score.instrument === 'cows');
    return <>{t(anyCows ? 'monitoring.due.belowThreshold' : 'monitoring.due.noCows', { threshold })}</>;
  }
  const postDose = due.rule === 'post-dose';
  const dueAtMs = Date.parse(due.at);
  // Overdue at the server's time, or since then by the page's clock (the page stays open for hours).
  const overdue = due.overdue || nowMs > dueAtMs;
  return (
    <>
      <strong>
        <time dateTime={due.at}>{formatDateTime(new Date(dueAtMs), { dateStyle: 'medium', timeStyle: 'short' })}</time>
      </strong>
      {overdue ? <span className="withdrawal-status__overdue"> {t('monitoring.due.overdue')}</span> : null}
      <br />
      {t(postDose ? 'monitoring.due.postDose' : 'monitoring.due.cowsInterval', {
        interval: postDose ? settings.postDoseIntervalHours : settings.intervalHours,
        threshold,
      })}
    </>
  );
}

/**
 * When the next score is due and where COWS and SOWS are heading. The due time and its rule are the
 * server's, stored with every write that moves them and computed with the deployment's settings, the
 * same as on the monitoring board (decisions 0024, 0036); the trend is the domain's `scoreTrend` over
 * the scores on this page.
 */
export function WithdrawalStatus({ scores, monitoring, error, onRetry }: WithdrawalStatusProps) {
  const { t } = useI18n();
  const nowMs = useNowMs(scores);
  let nextDue = <>{t('common.loading')}</>;
  if (monitoring !== undefined) {
    nextDue = <NextDue scores={scores} monitoring={monitoring} nowMs={nowMs} />;
  } else if (error !== null) {
    nextDue = <ErrorState error={error} onRetry={onRetry} />;
  }
  return (
    <section className="ws-section workspace-card" aria-labelledby="withdrawal-status-title">
      <h3 id="withdrawal-status-title">{t('withdrawal.status.title')}</h3>
      <dl className="workspace-details">
        <div>
          <dt>{t('withdrawal.status.nextDue')}</dt>
          <dd>{nextDue}</dd>
        </div>
        <LatestScore trend={scoreTrend(scores, 'cows', nowMs)} label={t('withdrawal.status.latestCows')} />
        <LatestScore trend={scoreTrend(scores, 'sows', nowMs)} label={t('withdrawal.status.latestSows')} />
      </dl>
      {monitoring === undefined ? null : (
        <p className="ws-muted">
          {t('withdrawal.status.settings', {
            interval: monitoring.settings.intervalHours,
            threshold: monitoring.settings.activeWithdrawalMinCows,
            postDose: monitoring.settings.postDoseIntervalHours,
          })}
        </p>
      )}
      <p>
        <a href={`#${WITHDRAWAL_FORM_ID}-title`}>{t('withdrawal.status.recordLink')}</a>
      </p>
    </section>
  );
}
