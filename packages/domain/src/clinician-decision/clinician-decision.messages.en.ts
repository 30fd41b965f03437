/** English messages for checking a clinician's accept-or-override decision. */
const MESSAGES = {
  'clinicianDecision.action.required': 'Choose whether to accept or override the suggestion.',
  'clinicianDecision.action.not-an-option': 'Choose accept or override.',
  'clinicianDecision.action.nothing-to-accept': 'There is no suggestion to accept: choose a value and give a reason.',
  'clinicianDecision.action.too-long': 'Choose accept or override.',
  'clinicianDecision.action.same-as-suggested': 'Choose accept or override.',
  'clinicianDecision.value.required': 'Choose the value that should stand instead.',
  'clinicianDecision.value.not-an-option': 'Choose one of the listed options.',
  'clinicianDecision.value.same-as-suggested': 'This is the suggestion itself: accept it instead of overriding.',
  'clinicianDecision.value.too-long': 'Choose one of the listed options.',
  'clinicianDecision.value.nothing-to-accept': 'Choose one of the listed options.',
  'clinicianDecision.rationale.required': 'Give the reason for overriding the suggestion.',
  'clinicianDecision.rationale.not-an-option': 'Enter the reason as text.',
  'clinicianDecision.rationale.too-long': 'Keep the reason under 2,000 characters.',
  'clinicianDecision.rationale.nothing-to-accept': 'Give the reason.',
  'clinicianDecision.rationale.same-as-suggested': 'Give the reason.',
} as const;

export type ClinicianDecisionMessageKey = keyof typeof MESSAGES;

/** The English catalogue for clinician decisions. */
export const CLINICIAN_DECISION_MESSAGES_EN: Readonly<Record<ClinicianDecisionMessageKey, string>> = MESSAGES;
