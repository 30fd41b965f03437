/** Accept-or-override decisions on suggestions (re-exported by the package index). */
export { RATIONALE_MAX_LENGTH, decideOnSuggestion } from './clinician-decision.js';
export type {
  ClinicianDecision,
  ClinicianDecisionField,
  ClinicianDecisionInput,
  ClinicianDecisionIssue,
  ClinicianDecisionResult,
} from './clinician-decision.js';
export { CLINICIAN_DECISION_MESSAGES_EN } from './clinician-decision.messages.en.js';
export type { ClinicianDecisionMessageKey } from './clinician-decision.messages.en.js';
