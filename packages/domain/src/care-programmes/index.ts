/** Care intensity in the clinician workspace: chart suggestion, programmes, decision (re-exported by the package index). */
export { careIntensityDecision, isCareIntensityLevel } from './care-intensity-decision.js';
export type { CareIntensityDecisionRecord, CareIntensityDecisionResult } from './care-intensity-decision.js';
export { CARE_PROGRAMMES_MESSAGES_EN } from './care-programmes.messages.en.js';
export type { CareProgrammesMessageKey } from './care-programmes.messages.en.js';
export { CARE_PROGRAMMES, CARE_PROGRAMME_MAP_VERSION, programmesForLevel } from './care-programmes.js';
export type { CareProgramme, ProgrammeMapping } from './care-programmes.js';
export { suggestChartCareIntensity } from './chart-care-intensity.js';
export type {
  ChartCareIntensity,
  ChartCareIntensityFacts,
  ChartCareIntensityIssue,
  ChartCareIntensityResult,
} from './chart-care-intensity.js';
