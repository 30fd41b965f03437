/** The liver module's public surface (re-exported by the package index). */
export { assessLiver, LIVER_RULES_VERSION } from './assess-liver.js';
export type { LiverAssessment, LiverAssessmentOptions } from './assess-liver.js';
export { DILIN_BILIRUBIN_MG_DL, DILIN_INR, dilinGrade } from './dilin-grade.js';
export type { DilinGrade, DilinGradeNumber, LiverClinicianFacts } from './dilin-grade.js';
export { LAB_CLOCK_SKEW_MS, validateLabEntry } from './lab-entry.js';
export type {
  LabEntryField,
  LabEntryInput,
  LabEntryIssue,
  LabEntryResult,
  LabValue,
  LiverLabValue,
  UrineLabValue,
} from './lab-entry.js';
export { hysLawFinding, multipleOfUpperLimit, rRatioFinding } from './liver-findings.js';
export type { HysLawFinding, LiverPattern, RRatioFinding } from './liver-findings.js';
export { LIVER_PANEL_WINDOW_MS, selectLiverPanel } from './liver-panel.js';
export type { LiverPanel, PanelValue, StoredLab } from './liver-panel.js';
export {
  BASELINE_LIVER_TESTS,
  LIVER_REMINDER_RULES_VERSION,
  LIVER_SYMPTOMS,
  liverReminders,
} from './liver-reminders.js';
export type { LiverReminder, LiverSymptom, LiverSymptomReport } from './liver-reminders.js';
export { LAB_TESTS, LIVER_ANALYTES, URINE_TESTS, labTestByLoinc, round6 } from './liver-tests.js';
export type {
  LabTest,
  LabTestDefinition,
  LiverAnalyte,
  LiverAnalyteDefinition,
  UrineResult,
  UrineTest,
  UrineTestDefinition,
} from './liver-tests.js';
export { LIVER_MESSAGES_EN } from './liver.messages.en.js';
export type { LiverMessageKey } from './liver.messages.en.js';
