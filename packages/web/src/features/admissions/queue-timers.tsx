import type { Translate } from '../../i18n/translate';
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
 * The first-contact target in words, e.g. "First contact target: 30 minutes".
 *
 * @param t - The reader's translate function.
 * @param minutes - The target in whole minutes (`firstContactTargetMinutes` of the queue page).
 * @returns The sentence.
 */
export function firstContactTargetText(t: Translate, minutes: number): string {
  return minutes === 1 ? t('admissions.target.oneMinute') : t('admissions.target.minutes', { minutes });
}

/**
 * Time to first contact against the target: how long it took, or how long the person has been waiting
 * while nobody has called. Past the target it says "Overdue" in words, naming the target when the page
 * knows it ("past the 30-minute first-contact target"); colour only repeats it.
 */
export function FirstContactTimer({
  inquiry,
  targetMinutes,
}: {
  readonly inquiry: TimedInquiry;
  /** The target the overdue flag was measured against; the words leave the number out without it. */
  readonly targetMinutes?: number | undefined;
}) {
  const { t } = useI18n();
  const time = formatMinutes(t, inquiry.minutesWaiting);
  const waiting = inquiry.firstContactAt === null;
  const overdue =
    targetMinutes === undefined
      ? t(waiting ? 'admissions.timer.overdue' : 'admissions.timer.late')
      : t(waiting ? 'admissions.timer.overdueTarget' : 'admissions.timer.lateTarget', { minutes: targetMinutes });
  return (
    <span className="adm-timer">
      <span>{t(waiting ? 'admissions.timer.waiting' : 'admissions.timer.contactedAfter', { time })}</span>
      {inquiry.firstContactOverdue ? (
        <strong className="adm-timer__state adm-timer__state--overdue">{overdue}</strong>
      ) : (
        <span className="adm-timer__state">{t('admissions.timer.withinTarget')}</span>
      )}
    </span>
  );
}
