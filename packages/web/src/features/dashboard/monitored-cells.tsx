import type { TMonitoredPatient } from '@kratom-care/contracts';
import { useI18n } from '../../i18n/use-t';
import './dashboard.css';

const ARROWS = { up: '↑', down: '↓', same: '→' } as const;

/** The latest COWS or SOWS: total, band (COWS only) and the trend as an arrow with its word. */
export function LatestScoreCell({ score }: { readonly score: TMonitoredPatient['latestScore'] }) {
  const { t } = useI18n();
  if (score === null) {
    return <>{t('dashboard.noScore')}</>;
  }
  const instrument = t(`dashboard.instrument.${score.instrumentId}`);
  return (
    <span className="mon-score">
      <span>{t('dashboard.score', { instrument, total: score.total })}</span>
      {score.bandId === null ? null : <span>{t(`instrument.${score.instrumentId}.band.${score.bandId}`)}</span>}
      {score.trend === null ? null : (
        <span className="mon-trend">
          <span aria-hidden="true">{ARROWS[score.trend]} </span>
          {t(`dashboard.trend.${score.trend}`)}
        </span>
      )}
    </span>
  );
}

/** The open alerts, most urgent first, each with its priority in words (never colour alone). */
export function AlertsCell({ alerts }: { readonly alerts: TMonitoredPatient['alerts'] }) {
  const { t } = useI18n();
  if (alerts.length === 0) {
    return <>{t('dashboard.noAlerts')}</>;
  }
  return (
    <ul className="mon-alerts">
      {alerts.map((alert, index) => (
        <li key={`${alert.id}-${String(index)}`} className={`mon-alert mon-alert--${alert.priority}`}>
          <strong>{t(`dashboard.priority.${alert.priority}`)}:</strong> {t(alert.messageKey)}
        </li>
      ))}
    </ul>
  );
}

/** "Overdue", "Due now" or "Upcoming", as a word with a mark, and the due time. */
export function DueCell({ due, at }: { readonly due: TMonitoredPatient['nextScoreDue']; readonly at: string }) {
  const { t, formatDateTime } = useI18n();
  if (due === null) {
    return null;
  }
  let state: 'overdue' | 'dueNow' | 'upcoming' = 'upcoming';
  if (due.overdue) {
    state = 'overdue';
  } else if (Date.parse(due.at) <= Date.parse(at)) {
    state = 'dueNow';
  }
  return (
    <span className="mon-due">
      <span className={`mon-due__state mon-due__state--${state}`}>
        {state === 'overdue' ? <span aria-hidden="true">⚠ </span> : null}
        {t(`board.${state}`)}
      </span>{' '}
      <time dateTime={due.at}>{formatDateTime(new Date(due.at), { dateStyle: 'medium', timeStyle: 'short' })}</time>
    </span>
  );
}
