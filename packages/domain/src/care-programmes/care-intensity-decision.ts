import {
  decideOnSuggestion,
  type ClinicianDecision,
  type ClinicianDecisionInput,
  type ClinicianDecisionIssue,
} from '../clinician-decision/clinician-decision.js';
import {
  CARE_INTENSITY_LEVELS,
  type CareIntensityLevel,
  type CareIntensitySuggestion,
} from '../self-check/care-intensity.js';
import { programmesForLevel, type ProgrammeMapping } from './care-programmes.js';

/** The clinician's recorded care-intensity decision, with what was suggested and why. */
export interface CareIntensityDecisionRecord extends ClinicianDecision<CareIntensityLevel> {
  /** The rule that produced the suggestion (null when none matched) and the rule-set version. */
  readonly suggestedRuleNumber: 1 | 2 | 3 | 4 | 5 | null;
  readonly rulesVersion: string;
  /** The programmes for the level that now stands. */
  readonly programmes: ProgrammeMapping;
}

export type CareIntensityDecisionResult =
  | { readonly status: 'valid'; readonly decision: CareIntensityDecisionRecord }
  | { readonly status: 'invalid'; readonly issues: readonly ClinicianDecisionIssue[] };

/**
 * Whether a value is one of the care-intensity levels (E, H, M, O, S).
 *
 * @param value - Any value.
 * @returns True for a level.
 * @example isCareIntensityLevel('M') // => true
 */
export function isCareIntensityLevel(value: unknown): value is CareIntensityLevel {
  return typeof value === 'string' && Object.hasOwn(CARE_INTENSITY_LEVELS, value);
}

/**
 * Records the clinician's decision on a care-intensity suggestion: accept it, or override it with another
 * level and a required, non-empty rationale (whitespace alone is empty). With no suggestion (no rule
 * matched) the clinician must choose a level, with a rationale. The result maps the level that stands to
 * its programmes. Never throws: bad input gives `invalid` naming the field (`action`, `value`, `rationale`).
 *
 * @param suggestion - The suggestion the clinician saw (`suggestCareIntensity` or `suggestChartCareIntensity().suggestion`).
 * @param input - `{ action: 'accept' }` or `{ action: 'override', value: 'H', rationale: '…' }`.
 * @returns The decision record, or the issues.
 * @see Clinical reference §0 rule 5 (scores suggest; a clinician accepts) and §10; issue 10 §6 ("The
 *   clinician accepts it or overrides it with a rationale")
 * @example careIntensityDecision(suggestionM, { action: 'override', value: 'H', rationale: 'Lives alone, no support' })
 *   // => { status: 'valid', decision: { action: 'override', suggested: 'M', final: 'H', programmes: { programmes: ['inpatient-…', …] }, … } }
 */
export function careIntensityDecision(
  suggestion: CareIntensitySuggestion,
  input: ClinicianDecisionInput,
): CareIntensityDecisionResult {
  const result = decideOnSuggestion(suggestion.level, input, isCareIntensityLevel);
  if (result.status === 'invalid') {
    return result;
  }
  return {
    status: 'valid',
    decision: {
      ...result.decision,
      suggestedRuleNumber: suggestion.ruleNumber,
      rulesVersion: suggestion.rulesVersion,
      programmes: programmesForLevel(result.decision.final),
    },
  };
}
