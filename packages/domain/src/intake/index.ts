/** The intake module's public surface (re-exported by the package index). */
export { decideIcd10Code, isFChapterCode } from './icd10-decision.js';
export { F19_CODES, ICD10_RULES_VERSION, isF19Code, suggestIcd10Code } from './icd10-suggestion.js';
export type {
  F19Code,
  Icd10Input,
  Icd10Inputs,
  Icd10Issue,
  Icd10Suggestion,
  KudClassification,
  KudSeverity,
  KudSubstance,
  Remission,
} from './icd10-suggestion.js';
export { INTAKE_MESSAGES_EN } from './intake.messages.en.js';
export type { IntakeMessageKey } from './intake.messages.en.js';
export { PROBLEM_LIST_RULES_VERSION, deriveProblemList } from './problem-list.js';
export type { IntakeFacts, OtherSubstanceFact, Problem, ProblemId, ProblemInputs } from './problem-list.js';
