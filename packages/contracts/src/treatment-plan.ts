import { z } from 'zod';
import { boundedText, listResponse, ZListQuery } from './list-query.js';

/*
 * The treatment plan (issue 10 §7): problems, measurable goals, interventions, the responsible staff
 * and the review date. Versioned: every save is a new revision and every revision stays readable
 * (`GET …/plan/versions`); a save names the revision it was based on in `If-Match` (412 when another
 * clinician saved first). Each problem, goal and intervention says whether it is meant for the patient
 * (`patientFacing`); the patient's read (`GET …/plan/patient-view`) answers only those.
 * docs/decisions/0025-plan-versions-and-notes.md.
 */

/** The interventions issue 10 §7 names. */
export const PLAN_INTERVENTIONS = [
  'supervised-withdrawal',
  'medication',
  'cbt',
  'contingency-management',
  'group-therapy',
  'peer-support',
  'dual-diagnosis-care',
  'family-programme',
] as const;
export type TPlanIntervention = (typeof PLAN_INTERVENTIONS)[number];

/** Most items of one kind in a plan (a plan, not a record of everything). */
export const PLAN_ITEMS_MAX = 30;

const ZDate = z.iso.date({ error: 'Must be a date like 2027-01-31' });
const ZUserId = z.string({ error: 'Must be a user id' }).trim().min(1, { error: 'Required' }).max(100);
const ZPatientFacing = z.boolean({ error: 'Must be true or false' });

export const ZPlanProblem = z.strictObject({
  text: boundedText(500),
  patientFacing: ZPatientFacing,
});

/** A measurable goal: what, how it is measured, and by when. */
export const ZPlanGoal = z.strictObject({
  text: boundedText(500),
  /** How progress is measured, e.g. "COWS below 5 on two readings". */
  measure: boundedText(500),
  targetDate: ZDate,
  patientFacing: ZPatientFacing,
});

export const ZPlanInterventionItem = z.strictObject({
  kind: z.enum(PLAN_INTERVENTIONS, { error: `Must be one of ${PLAN_INTERVENTIONS.join(', ')}` }),
  details: boundedText(1000).optional(),
  /** The clinician who carries it out (a clinician of the patient's facility). */
  responsibleUserId: ZUserId.optional(),
  patientFacing: ZPatientFacing,
});

/** `POST /api/patients/:id/plan`: the whole plan, as the new revision. */
export const ZPlanRequest = z.strictObject({
  problems: z.array(ZPlanProblem).min(1, { error: 'Add at least one problem' }).max(PLAN_ITEMS_MAX),
  goals: z.array(ZPlanGoal).min(1, { error: 'Add at least one goal' }).max(PLAN_ITEMS_MAX),
  interventions: z.array(ZPlanInterventionItem).min(1, { error: 'Add at least one intervention' }).max(PLAN_ITEMS_MAX),
  /** The staff responsible for the plan: clinicians of the patient's facility. */
  responsibleUserIds: z.array(ZUserId).min(1, { error: 'Name at least one responsible clinician' }).max(10),
  reviewDate: ZDate,
  /** A word to the patient, shown on their own view. */
  patientNote: boundedText(1000).optional(),
});
export type TPlanRequest = z.infer<typeof ZPlanRequest>;

const ZStaff = z.object({ userId: z.string(), name: z.string().nullable() });

/** One revision of the plan, as stored and answered to clinicians. */
export const ZPlanBody = z.object({
  problems: z.array(z.object({ text: z.string(), patientFacing: z.boolean() })),
  goals: z.array(
    z.object({ text: z.string(), measure: z.string(), targetDate: z.string(), patientFacing: z.boolean() }),
  ),
  interventions: z.array(
    z.object({
      kind: z.enum(PLAN_INTERVENTIONS),
      details: z.string().optional(),
      responsibleUserId: z.string().optional(),
      patientFacing: z.boolean(),
    }),
  ),
  responsibleUserIds: z.array(z.string()),
  reviewDate: z.string(),
  patientNote: z.string().optional(),
});
export type TPlanBody = z.infer<typeof ZPlanBody>;

/** A revision with its number, author and time; `revision` is also the `ETag`. */
export const ZPlanVersion = ZPlanBody.extend({
  id: z.string(),
  patientId: z.string(),
  revision: z.number().int().min(1),
  /** The names of the staff the plan names (null when an account no longer exists). */
  staff: z.array(ZStaff),
  savedAt: z.string(),
  savedBy: z.string(),
  savedByName: z.string().nullable(),
});
export type TPlanVersion = z.infer<typeof ZPlanVersion>;

/** `GET /api/patients/:id/plan`: the current revision, or null before the first save. */
export const ZPlanResponse = z.object({ plan: ZPlanVersion.nullable() });
export type TPlanResponse = z.infer<typeof ZPlanResponse>;

/** `GET /api/patients/:id/plan/versions`: every revision, newest first, in keyset pages. */
export const ZPlanVersionsQuery = ZListQuery;
export const ZPlanVersionsResponse = listResponse(ZPlanVersion);
export type TPlanVersionsResponse = z.infer<typeof ZPlanVersionsResponse>;

/** The parts of the plan meant for the patient. */
export const ZPatientPlan = z.object({
  revision: z.number().int().min(1),
  problems: z.array(z.object({ text: z.string() })),
  goals: z.array(z.object({ text: z.string(), measure: z.string(), targetDate: z.string() })),
  interventions: z.array(z.object({ kind: z.enum(PLAN_INTERVENTIONS), details: z.string().optional() })),
  staff: z.array(ZStaff),
  reviewDate: z.string(),
  patientNote: z.string().optional(),
  savedAt: z.string(),
});
export type TPatientPlan = z.infer<typeof ZPatientPlan>;

/** `GET /api/patients/:id/plan/patient-view`: what the patient sees (null before the first save). */
export const ZPatientPlanResponse = z.object({ plan: ZPatientPlan.nullable() });
export type TPatientPlanResponse = z.infer<typeof ZPatientPlanResponse>;

/**
 * The parts of a revision meant for the patient: only the items marked `patientFacing`, the staff,
 * the review date and the note to the patient. Nothing else leaves for the patient.
 *
 * @param version - A revision.
 * @returns The patient's view of it.
 * @example toPatientPlan(version).goals // only the goals with patientFacing: true
 */
export function toPatientPlan(version: TPlanVersion): TPatientPlan {
  return {
    revision: version.revision,
    problems: version.problems.filter((item) => item.patientFacing).map((item) => ({ text: item.text })),
    goals: version.goals
      .filter((item) => item.patientFacing)
      .map((item) => ({ text: item.text, measure: item.measure, targetDate: item.targetDate })),
    interventions: version.interventions
      .filter((item) => item.patientFacing)
      .map((item) => ({ kind: item.kind, ...(item.details === undefined ? {} : { details: item.details }) })),
    staff: version.staff,
    reviewDate: version.reviewDate,
    ...(version.patientNote === undefined ? {} : { patientNote: version.patientNote }),
    savedAt: version.savedAt,
  };
}
