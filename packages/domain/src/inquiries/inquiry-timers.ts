/*
 * The queue's timers (issue 11 §4): time since the request came in, and time to the first
 * contact against a target (INQUIRY_FIRST_CONTACT_TARGET_MINUTES, default 60). Time is a
 * parameter: the server passes its clock.
 */

const MINUTE_MS = 60_000;

/** The timers of one request. */
export interface InquiryTimers {
  /** Whole minutes from submission until the first contact, or until now while nobody has made contact. */
  readonly minutesWaiting: number;
  /** True when the first contact came (or is still missing) later than the target. */
  readonly firstContactOverdue: boolean;
}

/**
 * @param submittedAt - When the request came in (ISO-8601).
 * @param firstContactAt - When a coordinator first reached out (ISO-8601), or null.
 * @param now - The current time (ISO-8601).
 * @param targetMinutes - The first-contact target.
 * @returns The timers.
 * @example inquiryTimers('2026-01-01T10:00:00Z', null, '2026-01-01T11:30:00Z', 60) // => { minutesWaiting: 90, firstContactOverdue: true }
 */
export function inquiryTimers(
  submittedAt: string,
  firstContactAt: string | null,
  now: string,
  targetMinutes: number,
): InquiryTimers {
  const end = Date.parse(firstContactAt ?? now);
  const minutesWaiting = Math.max(0, Math.floor((end - Date.parse(submittedAt)) / MINUTE_MS));
  return { minutesWaiting, firstContactOverdue: minutesWaiting > targetMinutes };
}

/**
 * The median of a list of numbers (the mean of the middle two for an even count).
 *
 * @param values - The numbers, in any order.
 * @returns The median, or null for an empty list.
 * @example median([3, 1, 10, 4]) // => 3.5
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}
