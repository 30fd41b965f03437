import type { ClinicianDecisionMessageKey } from './clinician-decision.messages.en.js';

/** The clinician's answer to a suggestion, as received (every field is checked). */
export interface ClinicianDecisionInput {
  /** `accept` the suggestion, or `override` it with another value and a reason. */
  readonly action: unknown;
  /** The chosen value when overriding. */
  readonly value?: unknown;
  /** Why: required and non-empty for an override, optional for an acceptance. */
  readonly rationale?: unknown;
}

export type ClinicianDecisionField = 'action' | 'value' | 'rationale';

export interface ClinicianDecisionIssue {
  readonly field: ClinicianDecisionField;
  readonly rule: 'required' | 'not-an-option' | 'too-long' | 'nothing-to-accept' | 'same-as-suggested';
  readonly messageKey: ClinicianDecisionMessageKey;
}

/** A recorded decision: what was suggested, what the clinician chose, and why. */
export interface ClinicianDecision<T> {
  readonly action: 'accept' | 'override';
  /** The suggestion the clinician saw; null when no rule suggested anything. */
  readonly suggested: T | null;
  /** What stands now: the suggestion when accepted, the clinician's value when overridden. */
  readonly final: T;
  /** Trimmed; null when an acceptance gave none. */
  readonly rationale: string | null;
}

export type ClinicianDecisionResult<T> =
  | { readonly status: 'valid'; readonly decision: ClinicianDecision<T> }
  | { readonly status: 'invalid'; readonly issues: readonly ClinicianDecisionIssue[] };

/** Longest rationale kept (characters after trimming); a note, not a document. */
export const RATIONALE_MAX_LENGTH = 2000;

const issue = (field: ClinicianDecisionField, rule: ClinicianDecisionIssue['rule']): ClinicianDecisionIssue => ({
  field,
  rule,
  messageKey: `clinicianDecision.${field}.${rule}`,
});

/**
 * Checks a clinician's accept-or-override answer to a suggestion. Accepting needs a suggestion to accept;
 * overriding needs a value from the allowed options that differs from the suggestion and a non-empty
 * rationale (whitespace alone is empty). Never throws: bad input gives `invalid` naming each field.
 * Scores and rules only suggest; this records the clinician's decision (REFERENCE §0 rule 5).
 *
 * @param suggested - The suggested value, or null when no rule suggested one.
 * @param input - The clinician's answer as received.
 * @param isOption - Whether a value is one of the allowed options.
 * @returns `valid` with the decision, or `invalid` with the issues.
 * @see Clinical reference §0 rule 5 ("The output is a suggestion that a clinician must accept") and issue
 *   10 ("The clinician accepts, edits or overrides, with a reason")
 * @example decideOnSuggestion('M', { action: 'override', value: 'H', rationale: 'No safe place at home' }, isLevel)
 *   // => { status: 'valid', decision: { action: 'override', suggested: 'M', final: 'H', rationale: 'No safe place at home' } }
 */
export function decideOnSuggestion<T>(
  suggested: T | null,
  input: ClinicianDecisionInput,
  isOption: (value: unknown) => value is T,
): ClinicianDecisionResult<T> {
  const issues: ClinicianDecisionIssue[] = [];
  const rationale = typeof input.rationale === 'string' ? input.rationale.trim() : null;
  if (input.rationale !== undefined && input.rationale !== null && typeof input.rationale !== 'string') {
    issues.push(issue('rationale', 'not-an-option'));
  } else if (rationale !== null && rationale.length > RATIONALE_MAX_LENGTH) {
    issues.push(issue('rationale', 'too-long'));
  }
  if (input.action === 'accept') {
    if (suggested === null) {
      issues.push(issue('action', 'nothing-to-accept'));
    }
    if (issues.length > 0 || suggested === null) {
      return { status: 'invalid', issues };
    }
    const kept = rationale === null || rationale === '' ? null : rationale;
    return { status: 'valid', decision: { action: 'accept', suggested, final: suggested, rationale: kept } };
  }
  if (input.action !== 'override') {
    issues.push(issue('action', input.action === undefined || input.action === null ? 'required' : 'not-an-option'));
    return { status: 'invalid', issues };
  }
  const { value } = input;
  if (value === undefined || value === null) {
    issues.push(issue('value', 'required'));
  } else if (!isOption(value)) {
    issues.push(issue('value', 'not-an-option'));
  } else if (suggested !== null && value === suggested) {
    issues.push(issue('value', 'same-as-suggested'));
  }
  if (rationale === null || rationale === '') {
    if (!issues.some((found) => found.field === 'rationale')) {
      issues.push(issue('rationale', 'required'));
    }
  }
  if (issues.length > 0 || !isOption(value) || rationale === null) {
    return { status: 'invalid', issues };
  }
  return { status: 'valid', decision: { action: 'override', suggested, final: value, rationale } };
}
