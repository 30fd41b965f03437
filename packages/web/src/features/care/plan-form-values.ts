import type { TPlanRequest, TPlanVersion } from '@kratom-care/contracts';

/** A blank goal: what, how it is measured, by when, and whether the patient sees it. */
export const BLANK_GOAL = { text: '', measure: '', targetDate: '', patientFacing: true } as const;
export const BLANK_PROBLEM = { text: '', patientFacing: true } as const;
export const BLANK_INTERVENTION = { kind: undefined, patientFacing: true } as const;

/**
 * The plan form's starting values: the current version as a request (what a save sends back), or a
 * first plan with one empty entry of each kind and the signed-in clinician as responsible.
 *
 * @param current - The current version, or null before the first save.
 * @param me - The signed-in clinician's user id (responsible for a first plan).
 * @returns The form values.
 * @example planFormValues(null, 'u1').responsibleUserIds // => ['u1']
 */
export function planFormValues(current: TPlanVersion | null, me: string | null): Partial<TPlanRequest> {
  if (current === null) {
    return {
      problems: [{ ...BLANK_PROBLEM }],
      goals: [{ ...BLANK_GOAL }],
      interventions: [{ ...BLANK_INTERVENTION } as unknown as TPlanRequest['interventions'][number]],
      responsibleUserIds: me === null ? [] : [me],
    };
  }
  return {
    problems: current.problems.map(({ text, patientFacing }) => ({ text, patientFacing })),
    goals: current.goals.map(({ text, measure, targetDate, patientFacing }) => ({
      text,
      measure,
      targetDate,
      patientFacing,
    })),
    interventions: current.interventions.map(({ kind, details, responsibleUserId, patientFacing }) => ({
      kind,
      patientFacing,
      ...(details === undefined ? {} : { details }),
      ...(responsibleUserId === undefined ? {} : { responsibleUserId }),
    })),
    responsibleUserIds: [...current.responsibleUserIds],
    reviewDate: current.reviewDate,
    ...(current.patientNote === undefined ? {} : { patientNote: current.patientNote }),
  };
}

/**
 * The `If-Match` a save sends: the revision it was based on, or none for a first plan.
 *
 * @param revision - The current revision, or null.
 * @returns The headers.
 */
export function planSaveHeaders(revision: number | null): Readonly<Record<string, string>> {
  return revision === null ? {} : { 'If-Match': `"${String(revision)}"` };
}
