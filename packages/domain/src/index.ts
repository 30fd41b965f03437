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
export { buildDecisionSupportPanel } from './treatment/decision-support-panel.js';
export type { DecisionSupportPanel } from './treatment/decision-support-panel.js';
export { decisionSupportInputIssues } from './treatment/decision-support-input-issues.js';
export { microgramsToMg } from './treatment/decision-support-item.js';
export type {
  DecisionSupportItem,
  DecisionSupportKind,
  DecisionSupportSeverity,
  DecisionSupportValue,
  TreatmentMessage,
} from './treatment/decision-support-item.js';
export { evaluateInductionGate } from './treatment/induction-gate.js';
export type {
  InductionGateCaution,
  InductionGateClosedReason,
  InductionGateInput,
  InductionGateInputs,
  InductionGateResult,
} from './treatment/induction-gate.js';
export { classifyWeissDouglasBand } from './treatment/weiss-douglas-band.js';
export type { WeissDouglasBand, WeissDouglasBandId } from './treatment/weiss-douglas-band.js';
export { HOLD_VITALS, checkAlpha2Hold } from './treatment/alpha2-hold-check.js';
export type {
  Alpha2Drug,
  HoldCheckResult,
  HoldOutcome,
  HoldReading,
  HoldVital,
} from './treatment/alpha2-hold-check.js';
export { checkLofexidineCeiling } from './treatment/lofexidine-ceiling.js';
export type {
  LofexidineCeilingOutcome,
  LofexidineCeilingResult,
  LofexidineDoseRequest,
} from './treatment/lofexidine-ceiling.js';
export { checkNaltrexoneWashout, naltrexoneOverrideIssues } from './treatment/naltrexone-washout.js';
export type {
  NaltrexoneBlockReason,
  NaltrexoneWashoutInput,
  NaltrexoneWashoutResult,
} from './treatment/naltrexone-washout.js';
export { findBuprenorphineCoUseWarnings } from './treatment/buprenorphine-co-use.js';
export type { BuprenorphineCoUseSubstance, BuprenorphineCoUseWarning } from './treatment/buprenorphine-co-use.js';
export {
  COWS_WITHDRAWAL_MIN,
  DEFAULT_TREATMENT_CONFIG,
  INDUCTION_CAUTION_HOURS,
  LOFEXIDINE_MAX_DAILY_UG,
  LOFEXIDINE_MAX_SINGLE_DOSE_UG,
} from './treatment/treatment-config.js';
export type { HoldThresholds, TreatmentConfig } from './treatment/treatment-config.js';
export { treatmentConfigIssues } from './treatment/treatment-config-issues.js';
export {
  CO_USE_SUBSTANCES,
  DOSE_UNITS as TREATMENT_DOSE_UNITS,
  KRATOM_PRODUCT_FORMS,
  MEDICATION_ROUTES,
  TREATMENT_DRUGS,
} from './treatment/treatment-input.js';
export type {
  CoUseFact,
  CoUseSubstance,
  CowsResultInput,
  DecisionSupportInput,
  KratomProductForm,
  KratomProductUse,
  KratomUseFacts,
  MedicationAdministrationInput,
  MedicationDose,
  MedicationOrderInput,
  MedicationRoute,
  NaltrexoneOverride,
  TreatmentDoseUnit,
  TreatmentDrug,
  TreatmentKudSeverity,
  VitalsInput as TreatmentVitalsInput,
} from './treatment/treatment-input.js';
export {
  DRUG_DOSE_UNITS,
  administrationIssues,
  doseInMicrograms,
  doseIssues,
  orderIssues,
} from './treatment/medication-dose.js';
export { isTreatmentInvalid } from './treatment/treatment-issues.js';
export type { TreatmentInvalid, TreatmentIssue } from './treatment/treatment-issues.js';
export { TREATMENT_MESSAGES_EN } from './treatment/treatment.messages.en.js';
export type { TreatmentMessageKey } from './treatment/treatment.messages.en.js';
export { TREATMENT_RULES } from './treatment/treatment-rules.js';
export type { TreatmentRuleName, TreatmentRuleRef } from './treatment/treatment-rules.js';
export { TREATMENT_SOURCES, TREATMENT_SOURCE_IDS } from './treatment/treatment-sources.js';
export type { TreatmentSource, TreatmentSourceId } from './treatment/treatment-sources.js';
// Issue 10: liver tests and the liver assessment (REFERENCE §8, Appendix C.1).
export {
  BASELINE_LIVER_TESTS,
  DILIN_BILIRUBIN_MG_DL,
  DILIN_INR,
  LAB_CLOCK_SKEW_MS,
  LAB_TESTS,
  LIVER_ANALYTES,
  LIVER_MESSAGES_EN,
  LIVER_PANEL_WINDOW_MS,
  LIVER_RULES_VERSION,
  LIVER_SYMPTOMS,
  URINE_TESTS,
  assessLiver,
  dilinGrade,
  hysLawFinding,
  labTestByLoinc,
  liverReminders,
  rRatioFinding,
  selectLiverPanel,
  validateLabEntry,
} from './liver/index.js';
export type {
  DilinGrade,
  DilinGradeNumber,
  HysLawFinding,
  LabEntryField,
  LabEntryInput,
  LabEntryIssue,
  LabEntryResult,
  LabTest,
  LabTestDefinition,
  LabValue,
  LiverAnalyte,
  LiverAnalyteDefinition,
  LiverAssessment,
  LiverAssessmentOptions,
  LiverClinicianFacts,
  LiverLabValue,
  LiverMessageKey,
  LiverPanel,
  LiverPattern,
  LiverReminder,
  LiverSymptom,
  LiverSymptomReport,
  PanelValue,
  RRatioFinding,
  StoredLab,
  UrineLabValue,
  UrineResult,
  UrineTest,
  UrineTestDefinition,
} from './liver/index.js';
// Issue 10: clinician accept-or-override decisions, intake ICD-10-CM suggestion and problem list (REFERENCE §4).
export * from './clinician-decision/index.js';
export * from './intake/index.js';
export { buildInductionLog } from './treatment/induction-log.js';
export type { InductionLogEntry } from './treatment/induction-log.js';
// Issue 10: withdrawal monitoring — score due times, trend arrows, dashboard alerts (issue 10 §1, §3).
export * from './monitoring/index.js';
// Issue 10: care intensity in the clinician workspace — chart suggestion, programmes, clinician decision (REFERENCE §10).
export * from './care-programmes/index.js';
// Issue 11: call-back requests and the admissions pipeline — statuses, needs, timers.
export * from './inquiries/index.js';
// Issue 11: the care network — vocabularies, regions, great-circle distance, finder filters, verification age.
export * from './care-network/index.js';
// Issue 11: network import — CSV reading, the SAMHSA service-code map, locator listings to facilities.
export * from './care-network/import/index.js';
