/** Call-back requests and the admissions pipeline (issue 11 §3, §4; re-exported by the package index). */
export {
  INQUIRY_STATUSES,
  INQUIRY_STATUS_MESSAGES_EN,
  OPEN_INQUIRY_STATUSES,
  inquiryMoveProblem,
  isOpenInquiryStatus,
} from './inquiry-status.js';
export type { InquiryMoveProblem, InquiryStatus, OpenInquiryStatus } from './inquiry-status.js';
export {
  INQUIRY_ACTIVITY_KINDS,
  INQUIRY_BEST_TIMES,
  INQUIRY_FOR_WHOM,
  INQUIRY_NEEDS,
  MANUAL_INQUIRY_ACTIVITY_KINDS,
  PRIOR_AUTHORISATION_STATES,
  routesToFamilyProgramme,
} from './inquiry-needs.js';
export type {
  InquiryActivityKind,
  InquiryBestTime,
  InquiryForWhom,
  InquiryNeed,
  PriorAuthorisationState,
} from './inquiry-needs.js';
export { inquiryTimers, median } from './inquiry-timers.js';
export type { InquiryTimers } from './inquiry-timers.js';
