import { CARE_PROGRAMMES, RATIONALE_MAX_LENGTH, type CareIntensityLevel } from '@kratom-care/domain';
import { z } from 'zod';

/*
 * Care intensity in the chart (issue 10 §6, §10): `GET /api/patients/:id/care-intensity` answers the
 * product's own suggestion (REFERENCE §10, vectors N1–N6) with the rule that fired, its reasons, the
 * inputs read from the chart and the programmes of the level; `POST` records the clinician's decision
 * (accept, or override with a rationale) as a `care-intensity-decisions` record. Decision support: the
 * clinician decides, nothing places a patient.
 */

/** The product's care-intensity levels (REFERENCE §10 labels E, H, M, O, S). */
export const CARE_INTENSITY_LEVEL_IDS = ['E', 'H', 'M', 'O', 'S'] as const satisfies readonly CareIntensityLevel[];

/** The stored type of a clinician's decision (append-only, written only by `POST …/care-intensity`). */
export const CARE_INTENSITY_DECISIONS_TYPE = 'care-intensity-decisions';

const ZLevel = z.enum(CARE_INTENSITY_LEVEL_IDS, { error: `Must be one of ${CARE_INTENSITY_LEVEL_IDS.join(', ')}` });

/** Where an input came from: the current intake, an assessment, or nowhere yet. */
export const CARE_INTENSITY_INPUT_SOURCES = ['intake', 'assessment', 'not-recorded'] as const;

/** The inputs the rules read, in the order the page shows them. */
export const CARE_INTENSITY_INPUT_IDS = [
  'redFlags',
  'kud',
  'latestCows',
  'alcoholOrBenzoWithdrawalRisk',
  'cannotKeepFluidsDown',
  'noSafePlaceToWithdraw',
  'highPotencyProducts',
  'dailyOtherOpioidUse',
  'wantsToChange',
] as const;
export type TCareIntensityInputId = (typeof CARE_INTENSITY_INPUT_IDS)[number];

/** One input: its value as the rules read it (null: not recorded), where it came from, and the records. */
export const ZCareIntensityInput = z.object({
  id: z.enum(CARE_INTENSITY_INPUT_IDS),
  value: z.union([z.boolean(), z.number(), z.string(), z.array(z.string()), z.null()]),
  source: z.enum(CARE_INTENSITY_INPUT_SOURCES),
  /** The record ids it was read from. */
  basis: z.array(z.string()),
  /** What the value rests on, e.g. `alcohol daily` or `moderate (4 criteria)`. */
  detail: z.string().nullable(),
});
export type TCareIntensityInput = z.infer<typeof ZCareIntensityInput>;

/** The clinician's recorded decision, as stored and answered. */
export const ZCareIntensityDecisionBody = z.object({
  /** The level that stands (H2's dashboard reads it). */
  level: ZLevel,
  action: z.enum(['accept', 'override']),
  /** What the rules suggested when the clinician decided (null: no rule matched). */
  suggestedLevel: ZLevel.nullable(),
  suggestedRuleNumber: z.number().int().min(1).max(5).nullable(),
  rulesVersion: z.string(),
  rationale: z.string().nullable(),
  /** The programmes of the level that stands. */
  programmes: z.array(z.enum(CARE_PROGRAMMES)),
  programmeMapVersion: z.string(),
  /** The inputs the suggestion was built from, as the clinician saw them. */
  inputs: z.array(ZCareIntensityInput),
});
export type TCareIntensityDecisionBody = z.infer<typeof ZCareIntensityDecisionBody>;

/** A decision with who made it and when. */
export const ZCareIntensityDecision = ZCareIntensityDecisionBody.extend({
  id: z.string(),
  decidedAt: z.string(),
  decidedBy: z.string(),
  decidedByName: z.string().nullable(),
});
export type TCareIntensityDecision = z.infer<typeof ZCareIntensityDecision>;

/** `GET /api/patients/:id/care-intensity`. */
export const ZCareIntensityResponse = z.object({
  /** `suggested`; `incomplete` when the chart lacks what the rules need (see `missing`); `invalid` for unreadable records. */
  status: z.enum(['suggested', 'incomplete', 'invalid']),
  level: ZLevel.nullable(),
  /** The rule that fired (number 1–5, null when none), its clinician wording key and the rule-set version. */
  rule: z.object({
    number: z.number().int().min(1).max(5).nullable(),
    key: z.string().nullable(),
    rulesVersion: z.string(),
  }),
  /** Message keys of each fact that made the rule fire (CARE_PROGRAMMES_MESSAGES_EN). */
  reasons: z.array(z.string()),
  /** "Discuss with the patient; complete a full ASAM-based assessment" (REFERENCE §10). */
  discussKey: z.string(),
  /** True when only an emergency red flag decided (the KUD checklist incomplete, C.4.4). */
  fromRedFlagsOnly: z.boolean(),
  /** The programmes of the suggested level, in display order, with the level's note key. */
  programmes: z.array(z.enum(CARE_PROGRAMMES)),
  programmeNoteKey: z.string().nullable(),
  programmeMapVersion: z.string(),
  inputs: z.array(ZCareIntensityInput),
  /** The inputs nobody has recorded yet (shown as such; never guessed). */
  notRecorded: z.array(z.enum(CARE_INTENSITY_INPUT_IDS)),
  /** What the rules still need (`kud`, or KUD items). */
  missing: z.array(z.string()),
  /** The clinician's current decision (the newest), if any. */
  decision: ZCareIntensityDecision.nullable(),
});
export type TCareIntensityResponse = z.infer<typeof ZCareIntensityResponse>;

/**
 * `POST /api/patients/:id/care-intensity`: accept the suggestion, or override it with another level
 * and a rationale. `suggestedLevel` is the suggestion the clinician saw: when the chart changed since,
 * the answer is 409 and nothing is stored, so nobody accepts a suggestion they did not see.
 */
export const ZCareIntensityDecisionRequest = z.strictObject({
  action: z.enum(['accept', 'override'], { error: 'Must be accept or override' }),
  /** The level chosen when overriding. */
  level: ZLevel.optional(),
  /** Why: required for an override. */
  rationale: z
    .string({ error: 'Must be text' })
    .max(RATIONALE_MAX_LENGTH, { error: `Must be at most ${RATIONALE_MAX_LENGTH} characters` })
    .optional(),
  suggestedLevel: ZLevel.nullable(),
});
export type TCareIntensityDecisionRequest = z.infer<typeof ZCareIntensityDecisionRequest>;
