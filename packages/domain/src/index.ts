export type {
  InstrumentBand,
  InstrumentDefinition,
  InstrumentItem,
  InstrumentMeasurement,
  InstrumentOption,
  LicenseKind,
  MessageKey,
} from './instruments/instrument-definition.js';
export type {
  AnswerIssue,
  AnswerValue,
  Answers,
  CompleteScore,
  IncompleteScore,
  Instrument,
  InvalidScore,
  ItemPoints,
  ScoreFlag,
  ScoreResult,
  ScoringContext,
} from './instruments/score-result.js';
export {
  INSTRUMENT_IDS,
  INSTRUMENTS,
  LEGACY_INSTRUMENT_IDS,
  canonicalInstrumentId,
  getInstrument,
  isInstrumentId,
} from './instruments/instrument-registry.js';
export type { InstrumentId } from './instruments/instrument-registry.js';
export { answersInOrder } from './instruments/answers-in-order.js';
export { readSafetyFlags } from './instruments/safety-flags.js';
export { classifyTotal } from './instruments/classify-total.js';
export { INSTRUMENT_MESSAGES_EN } from './instruments/instrument-messages-en.js';
export { localizeInstrument } from './instruments/localize-instrument.js';
export type {
  LocalizedBand,
  LocalizedInstrument,
  LocalizedItem,
  LocalizedOption,
} from './instruments/localize-instrument.js';
export { COWS_DEFINITION } from './instruments/cows/cows.items.js';
export { scoreCows } from './instruments/cows/cows.js';
export { COWS_PULSE_BPM_RANGE, COWS_PULSE_MEASUREMENT, pulsePointsFromBpm } from './instruments/cows/cows-pulse.js';
export {
  SOWS_HANDELSMAN_DEFINITION,
  SOWS_HANDELSMAN_ID,
  SOWS_KRATOM_DEFINITION,
  SOWS_KRATOM_ID,
} from './instruments/sows/sows.items.js';
export { scoreSowsHandelsman, scoreSowsKratom } from './instruments/sows/sows.js';
export { PHQ9_DEFINITION } from './instruments/phq9/phq9.items.js';
export { scorePhq9 } from './instruments/phq9/phq9.js';
export { GAD7_DEFINITION } from './instruments/gad7/gad7.items.js';
export { scoreGad7 } from './instruments/gad7/gad7.js';
export { DSM5_KUD_DEFINITION } from './instruments/dsm5-kud/dsm5-kud.items.js';
export { scoreDsm5Kud } from './instruments/dsm5-kud/dsm5-kud.js';
export { SELF_CHECK_MESSAGES_EN } from './self-check/self-check.messages.en.js';
export type { SelfCheckMessageKey } from './self-check/self-check.messages.en.js';
export { RED_FLAG_ACTION_ORDER, RED_FLAG_IDS, RED_FLAG_QUESTIONS, evaluateRedFlags } from './self-check/red-flags.js';
export type { RedFlag, RedFlagAction, RedFlagEvaluation, RedFlagId, RedFlagQuestion } from './self-check/red-flags.js';
export { CRISIS_RESOURCES } from './self-check/crisis-resources.js';
export type { CrisisContact, CrisisResource } from './self-check/crisis-resources.js';
export {
  CHANGE_INTENTS,
  CO_USE_OPIOIDS,
  DEPRESSANT_SUBSTANCES,
  DOSE_UNITS,
  HIGH_POTENCY_FORMS,
  OTHER_SUBSTANCES,
  PRODUCT_FORMS,
  SUBSTANCE_FREQUENCIES,
  USE_DURATIONS,
  USE_FREQUENCIES,
  USE_PATTERN_OPTIONS,
  USE_PATTERN_QUESTION_KEYS,
  WITHDRAWAL_RISK_SUBSTANCES,
} from './self-check/use-pattern-options.js';
export type {
  ChangeIntent,
  DoseUnit,
  OtherSubstance,
  ProductForm,
  SubstanceFrequency,
  UseDuration,
  UseFrequency,
  UsePatternOption,
} from './self-check/use-pattern-options.js';
export { summarizeUsePattern, validateUsePattern } from './self-check/use-pattern.js';
export type {
  OtherSubstanceUse,
  UsePatternInput,
  UsePatternIssue,
  UsePatternSummary,
} from './self-check/use-pattern.js';
export {
  WITHDRAWAL_EXPECTED_COURSE,
  WITHDRAWAL_SYMPTOM_KEYS,
  describeWithdrawalCourse,
} from './self-check/withdrawal-timeline.js';
export type {
  MessageLine,
  WithdrawalCourse,
  WithdrawalExpectedCourse,
  WithdrawalPhase,
} from './self-check/withdrawal-timeline.js';
export {
  CARE_INTENSITY_LEVELS,
  CARE_INTENSITY_RULES_VERSION,
  KUD_SEVERITIES,
  suggestCareIntensity,
} from './self-check/care-intensity.js';
export type {
  CareIntensityInput,
  CareIntensityLevel,
  CareIntensitySuggestion,
  SelfCheckKudSeverity,
} from './self-check/care-intensity.js';
export { collectRiskNotes } from './self-check/risk-notes.js';
export type { RiskNote, RiskNoteId } from './self-check/risk-notes.js';
export { TREATMENT_OPTIONS } from './self-check/treatment-options.js';
export type { TreatmentOption, TreatmentOptionId, TreatmentOptionKind } from './self-check/treatment-options.js';
export { evaluateSelfCheck } from './self-check/evaluate-self-check.js';
export type {
  SelfCheckAlert,
  SelfCheckAnswers,
  SelfCheckCare,
  SelfCheckEvaluation,
  SelfCheckInstrumentResult,
  SelfCheckKud,
  SelfCheckOutcome,
  SelfCheckPart,
  SelfCheckQuestionnaire,
  SelfCheckSafety,
  SelfCheckSummaryCard,
  SelfCheckWithdrawal,
} from './self-check/self-check-evaluation.js';
export { FIND_CARE_TARGET, findCareLink } from './self-check/find-care.js';
export type { FindCareLink, FindCareTarget } from './self-check/find-care.js';
export type { NextStep, NextStepId } from './self-check/next-steps.js';
export type { RankedTreatmentOption } from './self-check/rank-treatment-options.js';
export { SELF_CHECK_SOURCES, SELF_CHECK_SOURCE_IDS } from './self-check/self-check-sources.js';
export type { SelfCheckCitation, SelfCheckSource, SelfCheckSourceId } from './self-check/self-check-sources.js';
export * from './records/vitals/vital-signs.js';
