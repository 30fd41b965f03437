/** What a person asks help with beyond admission (issue 11 §3). */
export const INQUIRY_NEEDS = ['transport', 'family-support', 'intervention'] as const;
export type InquiryNeed = (typeof INQUIRY_NEEDS)[number];

/** Who the call-back is for. */
export const INQUIRY_FOR_WHOM = ['self', 'loved-one'] as const;
export type InquiryForWhom = (typeof INQUIRY_FOR_WHOM)[number];

/** When the person would rather be called. */
export const INQUIRY_BEST_TIMES = ['morning', 'afternoon', 'evening', 'any'] as const;
export type InquiryBestTime = (typeof INQUIRY_BEST_TIMES)[number];

/** Kinds of entry in a request's activity log; the first three are written by hand. */
export const INQUIRY_ACTIVITY_KINDS = [
  'call',
  'message',
  'note',
  'status',
  'benefits',
  'transport',
  'referral',
  'conversion',
] as const;
export type InquiryActivityKind = (typeof INQUIRY_ACTIVITY_KINDS)[number];

/** The activity kinds a coordinator writes by hand (`POST /api/inquiries/:id/activities`). */
export const MANUAL_INQUIRY_ACTIVITY_KINDS = ['call', 'message', 'note'] as const;

/** Prior-authorisation states of the benefits checklist. */
export const PRIOR_AUTHORISATION_STATES = ['not-required', 'required', 'requested', 'approved', 'denied'] as const;
export type PriorAuthorisationState = (typeof PRIOR_AUTHORISATION_STATES)[number];

/**
 * Family-support and intervention requests go to the facility's family programme (issue 11 §4).
 *
 * @param needs - What the person asked help with.
 * @returns True when the family programme should take the request.
 */
export function routesToFamilyProgramme(needs: readonly InquiryNeed[]): boolean {
  return needs.includes('family-support') || needs.includes('intervention');
}
