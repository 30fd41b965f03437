import {
  DEFAULT_MONITORING_SETTINGS,
  nextScoreDue,
  scoreTrend,
  type BuprenorphineDose,
  type ScoreTrend,
  type SerialScore,
  type TrendArrow,
} from '@kratom-care/domain';
import { useEffect, useState } from 'react';
import { useI18n } from '../../../i18n/use-t';
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
  /** Buprenorphine doses given (the induction log), or null when they could not be read. */
  readonly doses: readonly BuprenorphineDose[] | null;
}

/**
 * When the next score is due and where COWS and SOWS are heading: the domain's `nextScoreDue` and
 * `scoreTrend` over the scores on this page, worked out in the browser with the default settings
 * (every 4 h while COWS ≥ 5; 1 h after a buprenorphine dose until the post-dose COWS). The monitoring
 * board reads the same rule stored on the server.
 */
export function WithdrawalStatus({ scores, doses }: WithdrawalStatusProps) {
  const { t, formatDateTime } = useI18n();
  const nowMs = useNowMs(scores);
  const settings = DEFAULT_MONITORING_SETTINGS;
  const due = nextScoreDue({ scores, buprenorphineDoses: doses ?? [] }, settings, nowMs);
  const values = {
    interval:
      due.status !== 'invalid' && due.rule.id === 'post-dose' ? settings.postDoseIntervalHours : settings.intervalHours,
    threshold: settings.activeWithdrawalMinCows,
  };
  return (
    <section className="ws-section workspace-card" aria-labelledby="withdrawal-status-title">
      <h3 id="withdrawal-status-title">{t('withdrawal.status.title')}</h3>
      <dl className="workspace-details">
        <div>
          <dt>{t('withdrawal.status.nextDue')}</dt>
          <dd>
            {due.status === 'scheduled' ? (
              <>
                <strong>{formatDateTime(new Date(due.dueAtMs), { dateStyle: 'medium', timeStyle: 'short' })}</strong>
                {due.overdue ? (
                  <span className="withdrawal-status__overdue"> {t('monitoring.due.overdue')}</span>
                ) : null}
                <br />
                {t(due.messageKey, values)}
              </>
            ) : (
              t(due.status === 'invalid' ? 'withdrawal.status.dueInvalid' : due.messageKey, values)
            )}
          </dd>
        </div>
        <LatestScore trend={scoreTrend(scores, 'cows', nowMs)} label={t('withdrawal.status.latestCows')} />
        <LatestScore trend={scoreTrend(scores, 'sows', nowMs)} label={t('withdrawal.status.latestSows')} />
      </dl>
      <p className="ws-muted">
        {t('withdrawal.status.settings', {
          interval: settings.intervalHours,
          threshold: settings.activeWithdrawalMinCows,
          postDose: settings.postDoseIntervalHours,
        })}
      </p>
      {doses === null ? <p>{t('withdrawal.status.dosesUnknown')}</p> : null}
      <p>
        <a href={`#${WITHDRAWAL_FORM_ID}-title`}>{t('withdrawal.status.recordLink')}</a>
      </p>
    </section>
  );
}
