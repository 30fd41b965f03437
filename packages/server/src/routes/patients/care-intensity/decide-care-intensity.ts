import type { TApiIssue, TCareIntensityDecisionBody, TCareIntensityDecisionRequest } from '@kratom-care/contracts';
import {
  CARE_PROGRAMME_MAP_VERSION,
  careIntensityDecision,
  decideOnSuggestion,
  isCareIntensityLevel,
  programmesForLevel,
  type ClinicianDecisionIssue,
} from '@kratom-care/domain';
import type { CareIntensityRead } from './care-intensity-read.js';

/** The request field each domain decision field is answered under. */
const FIELD_PATH: Readonly<Record<ClinicianDecisionIssue['field'], string>> = {
  action: 'action',
  value: 'level',
  rationale: 'rationale',
};

const ISSUE_TEXT: Readonly<Record<ClinicianDecisionIssue['rule'], string>> = {
  required: 'Required',
  'not-an-option': 'Not one of the options',
  'too-long': 'Too long',
  'nothing-to-accept': 'There is no suggestion to accept: choose a level and say why',
  'same-as-suggested': 'Choose a level other than the suggestion, or accept it',
};

/**
 * The decision to store, checked by the domain (accept, or override with another level and a
 * non-empty rationale), or the issues naming the request's fields.
 *
 * @param read - The suggestion as it stands now.
 * @param request - The clinician's decision.
 * @returns The body to store, or the issues.
 * @see Clinical reference §0 rule 5 and §10; issue 10 §6
 */
export function decisionBody(
  read: CareIntensityRead,
  request: TCareIntensityDecisionRequest,
): { ok: true; body: TCareIntensityDecisionBody } | { ok: false; issues: TApiIssue[] } {
  const input = {
    action: request.action,
    ...(request.level === undefined ? {} : { value: request.level }),
    ...(request.rationale === undefined ? {} : { rationale: request.rationale }),
  };
  const suggestion = read.result.status === 'suggested' ? read.result.suggestion : null;
  const checked =
    suggestion === null
      ? decideOnSuggestion(null, input, isCareIntensityLevel)
      : careIntensityDecision(suggestion, input);
  if (checked.status === 'invalid') {
    return {
      ok: false,
      issues: checked.issues.map((issue) => ({ path: [FIELD_PATH[issue.field]], message: ISSUE_TEXT[issue.rule] })),
    };
  }
  const { decision } = checked;
  return {
    ok: true,
    body: {
      level: decision.final,
      action: decision.action,
      suggestedLevel: decision.suggested,
      suggestedRuleNumber: suggestion?.ruleNumber ?? null,
      rulesVersion: read.response.rule.rulesVersion,
      rationale: decision.rationale,
      programmes: [...programmesForLevel(decision.final).programmes],
      programmeMapVersion: CARE_PROGRAMME_MAP_VERSION,
      inputs: [...read.facts.inputs],
    },
  };
}
