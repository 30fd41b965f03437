/*
 * The admissions pipeline of a call-back request (issue 11 §4) as a state machine. The open
 * statuses run in one direction; a coordinator may skip a step that does not apply (a self-pay
 * caller needs no benefits check), never go back. Three statuses end it: admitted (only after
 * an assessment was scheduled), referred out, closed (with a reason). An ended request stays
 * ended: a person who calls again makes a new request, so the funnel counts each attempt once.
 */

/** Every status, in pipeline order. */
export const INQUIRY_STATUSES = [
  'new',
  'contacted',
  'benefits-check',
  'assessment-scheduled',
  'admitted',
  'referred-out',
  'closed',
] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];

/** The statuses a coordinator still works (the queue's `open`). */
export const OPEN_INQUIRY_STATUSES = ['new', 'contacted', 'benefits-check', 'assessment-scheduled'] as const;
export type OpenInquiryStatus = (typeof OPEN_INQUIRY_STATUSES)[number];

/** Why a move is refused, as a message key the API and UI show beside the status field. */
export type InquiryMoveProblem =
  | 'inquiry.status.same'
  | 'inquiry.status.ended'
  | 'inquiry.status.backwards'
  | 'inquiry.status.admit-needs-assessment'
  | 'inquiry.status.close-needs-reason';

/** English for the problems above (the web spreads them into its catalogue). */
export const INQUIRY_STATUS_MESSAGES_EN: Readonly<Record<InquiryMoveProblem, string>> = {
  'inquiry.status.same': 'The request already has this status',
  'inquiry.status.ended': 'The request has ended (admitted, referred out or closed); it cannot move again',
  'inquiry.status.backwards': 'A request moves forward only',
  'inquiry.status.admit-needs-assessment': 'Schedule the assessment before admitting',
  'inquiry.status.close-needs-reason': 'Give a reason for closing',
};

/**
 * @param status - A status.
 * @returns True while the request is still being worked.
 */
export function isOpenInquiryStatus(status: InquiryStatus): status is OpenInquiryStatus {
  return (OPEN_INQUIRY_STATUSES as readonly InquiryStatus[]).includes(status);
}

/**
 * Checks one status change against the pipeline.
 *
 * @param from - The status now.
 * @param to - The status asked for.
 * @param closeReason - The reason given with the change, if any.
 * @returns Undefined when the move is allowed, else the problem.
 * @example inquiryMoveProblem('new', 'benefits-check') // => undefined (a skipped step)
 * @example inquiryMoveProblem('contacted', 'admitted') // => 'inquiry.status.admit-needs-assessment'
 */
export function inquiryMoveProblem(
  from: InquiryStatus,
  to: InquiryStatus,
  closeReason?: string | null,
): InquiryMoveProblem | undefined {
  if (from === to) {
    return 'inquiry.status.same';
  }
  if (!isOpenInquiryStatus(from)) {
    return 'inquiry.status.ended';
  }
  if (to === 'closed') {
    return closeReason === undefined || closeReason === null || closeReason.trim() === ''
      ? 'inquiry.status.close-needs-reason'
      : undefined;
  }
  if (to === 'admitted') {
    return from === 'assessment-scheduled' ? undefined : 'inquiry.status.admit-needs-assessment';
  }
  if (to === 'referred-out') {
    return undefined;
  }
  return INQUIRY_STATUSES.indexOf(to) > INQUIRY_STATUSES.indexOf(from) ? undefined : 'inquiry.status.backwards';
}
