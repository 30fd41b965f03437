import { LIVER_ANALYTES, LIVER_SYMPTOMS } from '@kratom-care/domain';
import { z } from 'zod';
import { ZRedisclosure } from './records/record-envelope.js';

/*
 * `GET /api/patients/:id/liver`: the domain's `assessLiver` over the patient's lab results that are
 * not entered in error (clinical reference §8, Appendix C.1). Decision support for clinician review:
 * nothing here orders a test or a treatment. Times are ISO-8601 UTC text, as everywhere in the API.
 */

const ZAnalyte = z.enum(LIVER_ANALYTES);

const ZHysLaw = z.object({
  /** `met`: the three lab criteria hold; `incomplete`: a test needed to decide is missing. */
  status: z.enum(['met', 'not-met', 'incomplete']),
  criteria: z.object({
    aminotransferase: z.boolean().nullable(),
    bilirubin: z.boolean().nullable(),
    alpBelowTwice: z.boolean().nullable(),
  }),
  missing: z.array(ZAnalyte).readonly(),
  noOtherCauseAttested: z.boolean(),
  /** The labs met and a clinician attested that no other cause explains them (Appendix C.1.5). */
  hysLaw: z.boolean(),
});

const ZDilinGrade = z.object({
  grade: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
  /** Show "at least grade N" while a clinician entry that could raise it is not recorded. */
  atLeast: z.boolean(),
  missing: z.array(ZAnalyte).readonly(),
});

const ZLiverReminder = z.object({
  id: z.enum(['baseline-lfts', 'symptom-repeat-lfts']),
  messageKey: z.string(),
  rule: z.object({ id: z.string(), version: z.string() }),
  missingTests: z.array(ZAnalyte).readonly(),
  symptoms: z.array(z.enum(LIVER_SYMPTOMS)).readonly(),
});

/** The liver assessment; a family member's read also carries the 42 CFR §2.32 notice. */
export const ZLiverAssessmentResponse = z
  .object({
    rulesVersion: z.string(),
    /** When the panel read was collected (the newest liver result), or null without liver results. */
    panelAt: z.string().nullable(),
    rRatio: z.number().nullable(),
    pattern: z.enum(['hepatocellular', 'mixed', 'cholestatic', 'no-enzyme-elevation', 'incomplete']),
    altMultiple: z.number().nullable(),
    alpMultiple: z.number().nullable(),
    /** The tests the R-ratio still needs. */
    patternMissing: z.array(ZAnalyte).readonly(),
    hysLaw: ZHysLaw,
    /** Null when neither ALT nor ALP is raised, or neither is known. */
    dilinGrade: ZDilinGrade.nullable(),
    /** The lab record ids read, in test order (ALT, AST, ALP, total bilirubin, INR). */
    basis: z.array(z.string()).readonly(),
    /** Tests whose reference default upper limit stood in for the lab's own (Appendix C.1.3). */
    defaultedUpperLimits: z.array(ZAnalyte).readonly(),
    /** Stored results that no longer pass the entry checks and were not read. */
    unreadableIds: z.array(z.string()).readonly(),
    /** Any read value above its upper limit, or INR ≥ 1.5. */
    abnormal: z.boolean(),
    /** Hy's-law labs met: urgent review, whatever the DILIN grade (Appendix C.1.1). */
    urgent: z.boolean(),
    reminders: z.array(ZLiverReminder).readonly(),
  })
  .extend(ZRedisclosure.shape);
export type TLiverAssessmentResponse = z.infer<typeof ZLiverAssessmentResponse>;
