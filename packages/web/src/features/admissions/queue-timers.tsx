import { useI18n } from '../../i18n/use-t';
import { formatMinutes, minutesBetween } from './durations';
import './admissions.css';

/** What the timers read from a queue row or an inquiry (the server computes the waiting time and the overdue flag). */
export interface TimedInquiry {
  readonly submittedAt: string;
  readonly firstContactAt: string | null;
  readonly minutesWaiting: number;
  readonly firstContactOverdue: boolean;
}

/** How long ago the request came in, with the submission time for screen readers and hover. */
export function SinceSubmitted({ inquiry, at }: { readonly inquiry: TimedInquiry; readonly at: string }) {
  const { t, formatDateTime } = useI18n();
  const submitted = new Date(inquiry.submittedAt);
  const minutes = minutesBetween(inquiry.submittedAt, at);
  return (
    <time dateTime={inquiry.submittedAt} title={formatDateTime(submitted, { dateStyle: 'medium', timeStyle: 'short' })}>
      {minutes < 1 ? t('admissions.timer.justNow') : t('admissions.timer.ago', { time: formatMinutes(t, minutes) })}
    </time>
  );
}

/**
 * Time to first contact against the target: how long it took, or how long the person has been waiting
 * while nobody has called. Past the target it says "Overdue" in words; colour only repeats it.
 */
export function FirstContactTimer({ inquiry }: { readonly inquiry: TimedInquiry }) {
  const { t } = useI18n();
  const time = formatMinutes(t, inquiry.minutesWaiting);
  const waiting = inquiry.firstContactAt === null;
  return (
    <span className="adm-timer">
      <span>{t(waiting ? 'admissions.timer.waiting' : 'admissions.timer.contactedAfter', { time })}</span>
      {inquiry.firstContactOverdue ? (
        <strong className="adm-timer__state adm-timer__state--overdue">
          {t(waiting ? 'admissions.timer.overdue' : 'admissions.timer.late')}
        </strong>
      ) : (
        <span className="adm-timer__state">{t('admissions.timer.withinTarget')}</span>
      )}
    </span>
  );
}
