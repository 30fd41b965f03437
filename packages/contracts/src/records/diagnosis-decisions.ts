import {
  CLINICIAN_DECISION_MESSAGES_EN,
  decideOnSuggestion,
  F19_CODES,
  isFChapterCode,
  RATIONALE_MAX_LENGTH,
} from '@kratom-care/domain';
import { z } from 'zod';
import { defineRecordType, recordAuditActions, type TRecordOf } from './define-record-type.js';

/*
 * The clinician's decision on the suggested ICD-10-CM code (issue 10 §2, REFERENCE §4): confirm it, or
 * choose another F-chapter code with a reason. Append-only: a new decision replaces the old one in
 * view, the old one stays as history. The request names the suggestion the clinician saw; the problem
 * list compares it with the suggestion of today's records, so a decision made on other facts shows as
 * needing review rather than silently standing. Why: docs/decisions/0023-intake-and-diagnosis.md.
 */

/** `POST /api/patients/:id/diagnosis-decisions`. */
export const ZDiagnosisDecisionRequest = z.strictObject({
  /** The code the problem list suggested when the clinician decided; null when it suggested none. */
  suggestedCode: z.enum(F19_CODES, { error: `Must be one of ${F19_CODES.join(', ')}, or null` }).nullable(),
  action: z.enum(['accept', 'override'], { error: 'Must be accept or override' }),
  /** The code that stands instead (overrides only), e.g. F11.20. */
  code: z.string().trim().max(10, { error: 'Must be a code like F19.230' }).optional(),
  rationale: z
    .string({ error: 'Must be text' })
    .max(RATIONALE_MAX_LENGTH, { error: `Must be at most ${RATIONALE_MAX_LENGTH} characters` })
    .optional(),
  /** The intake the suggestion was read from. */
  intakeId: z.string().min(1).max(100).optional(),
});
export type TDiagnosisDecisionRequest = z.infer<typeof ZDiagnosisDecisionRequest>;

/** The stored decision: what was suggested, what stands, and why. */
export const ZDiagnosisDecisionBody = z.object({
  action: z.enum(['accept', 'override']),
  suggestedCode: z.string().nullable(),
  finalCode: z.string(),
  rationale: z.string().nullable(),
  intakeId: z.string().nullable(),
});
export type TDiagnosisDecisionBody = z.infer<typeof ZDiagnosisDecisionBody>;

/** Where each field of a clinician decision is named in this request. */
const FIELD_PATH = { action: 'action', value: 'code', rationale: 'rationale' } as const;

/** The diagnosis-decision record type: append-only, consent category `assessments`. */
export const DIAGNOSIS_DECISIONS = defineRecordType({
  name: 'diagnosis-decisions',
  resourceType: 'diagnosis-decision',
  title: { one: 'a diagnosis-code decision', many: 'diagnosis-code decisions' },
  consentCategory: 'assessments',
  access: 'clinical',
  versioning: 'append-only',
  create: ZDiagnosisDecisionRequest,
  body: ZDiagnosisDecisionBody,
  view: ZDiagnosisDecisionBody,
  // decideIcd10Code's rule: accept needs a suggestion; an override needs an F-chapter code that differs
  // from it and a non-blank reason (REFERENCE §4 and §0 rule 5).
  toBody: (request: TDiagnosisDecisionRequest) => {
    const result = decideOnSuggestion<string>(
      request.suggestedCode,
      { action: request.action, value: request.code, rationale: request.rationale },
      isFChapterCode,
    );
    if (result.status === 'invalid') {
      return {
        ok: false,
        issues: result.issues.map((issue) => ({
          path: [FIELD_PATH[issue.field]],
          message: CLINICIAN_DECISION_MESSAGES_EN[issue.messageKey],
        })),
      };
    }
    const { decision } = result;
    const body: TDiagnosisDecisionBody = {
      action: decision.action,
      suggestedCode: decision.suggested,
      finalCode: decision.final,
      rationale: decision.rationale,
      intakeId: request.intakeId ?? null,
    };
    return { ok: true, body };
  },
  toView: (body: TDiagnosisDecisionBody) => body,
  filters: ['status', 'from', 'to'],
  sortKeys: ['recordedAt'],
  audit: recordAuditActions('diagnosis-decision'),
  example: { suggestedCode: 'F19.230', action: 'accept' },
});

/** One diagnosis decision as the API answers it. */
export type TDiagnosisDecision = TRecordOf<typeof ZDiagnosisDecisionBody>;
export const ZDiagnosisDecisionResponse = DIAGNOSIS_DECISIONS.response;
