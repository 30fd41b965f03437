import {
  decideOnSuggestion,
  type ClinicianDecisionInput,
  type ClinicianDecisionResult,
} from '../clinician-decision/clinician-decision.js';
import type { Icd10Suggestion } from './icd10-suggestion.js';

/** Shape of a mental-and-behavioural ICD-10-CM code with a subcategory, e.g. F19.230 or F11.20. */
const F_CODE_PATTERN = /^F\d{2}\.\d{1,3}$/;

/**
 * Whether a value looks like an F-chapter ICD-10-CM code with a subcategory (a format check only; the
 * clinician is responsible for the code's meaning).
 *
 * @param value - Any value.
 * @returns True for a string such as `F19.230`.
 * @example isFChapterCode('F11.20') // => true
 */
export function isFChapterCode(value: unknown): value is string {
  return typeof value === 'string' && F_CODE_PATTERN.test(value);
}

/**
 * Records the clinician's confirmation of the suggested ICD-10-CM code, or their own code with a reason
 * (needed, for example, when they classify the use as opioid, F11, for which §4 gives no table).
 *
 * @param suggestion - The result of `suggestIcd10Code`.
 * @param input - Accept, or override with a code and a non-empty rationale.
 * @returns The decision, or `invalid` naming the field.
 * @see Clinical reference §4 ("the product must let the clinician choose F19 (default) or F11") and §0 rule 5
 * @example decideIcd10Code(suggested('F19.230'), { action: 'accept' }) // => { status: 'valid', decision: { final: 'F19.230', … } }
 */
export function decideIcd10Code(
  suggestion: Icd10Suggestion,
  input: ClinicianDecisionInput,
): ClinicianDecisionResult<string> {
  const suggested = suggestion.status === 'suggested' ? suggestion.code : null;
  return decideOnSuggestion<string>(suggested, input, isFChapterCode);
}
