import { z } from 'zod';

/*
 * `GET /api/patients/{id}/problem-list` (issue 10 §2): the red flags first, then the problem list and
 * the suggested ICD-10-CM code, derived from the current intake, the latest DSM-5 KUD, PHQ-9, GAD-7 and
 * COWS, and the liver assessment; with the clinician's latest decision on the code. For clinicians with
 * access only: everything here is a suggestion for clinician review, never a diagnosis. Texts are
 * catalogue keys; times are ISO-8601 UTC text.
 */

const ZValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** A red flag on record: the intake's answers, pregnancy, and PHQ-9 item 9 > 0 from any PHQ-9. */
export const ZProblemListRedFlag = z.object({
  id: z.string(),
  action: z.enum(['call-911', 'call-988', 'urgent-care-ed', 'urgent-care-same-day', 'contact-clinician-urgently']),
  /** The self-check catalogue's label and headline keys (plain language, shared with the public side). */
  labelKey: z.string(),
  actionKey: z.string(),
  isEmergency: z.boolean(),
  /** Where the flag comes from: `intake`, or the PHQ-9 assessment behind item 9. */
  source: z.enum(['intake', 'phq9']),
  basis: z.array(z.string()),
});

/** One suggested problem, with the rule and the inputs behind it. */
export const ZProblem = z.object({
  id: z.string(),
  messageKey: z.string(),
  severity: z.string().nullable(),
  substance: z.string().nullable(),
  inputs: z.record(z.string(), ZValue),
  rule: z.object({ id: z.string(), version: z.string() }),
});

/** The ICD-10-CM suggestion, or why there is none (`not-assessed`: no DSM-5 KUD on record). */
export const ZIcd10Suggestion = z.object({
  status: z.enum(['suggested', 'no-use-disorder', 'clinician-codes', 'incomplete', 'invalid', 'not-assessed']),
  code: z.string().nullable(),
  descriptorKey: z.string().nullable(),
  /** Why no code was suggested (no use disorder, F11 classification), else null. */
  reasonKey: z.string().nullable(),
  rule: z.object({ id: z.string(), version: z.string() }).nullable(),
  noteKeys: z.array(z.string()),
  issues: z.array(z.object({ field: z.string(), messageKey: z.string() })),
  inputs: z.record(z.string(), ZValue),
  /** The DSM-5 KUD assessment the suggestion read, if any. */
  kudAssessmentId: z.string().nullable(),
});

export type TProblemListRedFlag = z.infer<typeof ZProblemListRedFlag>;
export type TIcd10SuggestionView = z.infer<typeof ZIcd10Suggestion>;

/** The clinician's latest decision on the code. */
export const ZIcd10Decision = z.object({
  id: z.string(),
  action: z.enum(['accept', 'override']),
  suggestedCode: z.string().nullable(),
  finalCode: z.string(),
  rationale: z.string().nullable(),
  decidedAt: z.string(),
  /** False when today's suggestion differs from the one the clinician decided on: review it. */
  current: z.boolean(),
});

/** What the problem list reads that is not on record yet. */
export const PROBLEM_LIST_INPUTS = ['intake', 'dsm5-kud', 'phq9', 'gad7'] as const;

export const ZProblemListResponse = z.object({
  at: z.string(),
  intakeId: z.string().nullable(),
  /** Shown before anything else, with the crisis resources. */
  redFlags: z.array(ZProblemListRedFlag),
  problems: z.array(ZProblem),
  icd10: ZIcd10Suggestion,
  decision: ZIcd10Decision.nullable(),
  /** The code that stands: the current decision's, or null until the clinician decides. */
  confirmedCode: z.string().nullable(),
  /** The inputs not on record yet; the list is partial until they are. */
  notRecorded: z.array(z.enum(PROBLEM_LIST_INPUTS)),
  /** The records the list was derived from. */
  basis: z.array(z.string()),
});
export type TProblemListResponse = z.infer<typeof ZProblemListResponse>;
