import type { CareIntensitySuggestion, SelfCheckKudSeverity } from './care-intensity.js';
import type { UsePatternSummary } from './use-pattern.js';

/** The facts the next steps, treatment options and risk notes are chosen from; derived once per evaluation. */
export interface SelfCheckFacts {
  readonly care: CareIntensitySuggestion;
  readonly kudSeverity: SelfCheckKudSeverity;
  /** The DSM-5 withdrawal sign (criterion 11) was marked and counted. */
  readonly withdrawalSign: boolean;
  readonly usePattern: UsePatternSummary;
  /** A yes to any red flag other than pregnancy. */
  readonly hasEmergencyFlag: boolean;
  readonly isPregnant: boolean;
  readonly wantsToChange: boolean;
}
