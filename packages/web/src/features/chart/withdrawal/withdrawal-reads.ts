import {
  ZAssessmentResponse,
  ZDecisionSupportResponse,
  type TAssessment,
  type TDecisionSupportResponse,
} from '@kratom-care/contracts';
import { z } from 'zod';
import type { ResponseSchema } from '../../../api/response-check';

/** One assessment as a create answers it (the declaration builds the schema generically; this is its shape). */
export const ASSESSMENT_RECORD = ZAssessmentResponse as unknown as ResponseSchema<TAssessment>;

/** The decision-support panel: the tab reads the buprenorphine doses of its induction log (post-dose due time). */
export const DECISION_SUPPORT: ResponseSchema<TDecisionSupportResponse> = ZDecisionSupportResponse;

/**
 * The part of the intake list this tab reads: each record's status and `kratom.lastDoseAt`. Only those
 * fields are checked, so the tab keeps working while the rest of the intake record grows.
 */
export const INTAKE_LAST_DOSE = z.object({
  items: z.array(
    z.object({
      status: z.string(),
      kratom: z.object({ lastDoseAt: z.string().optional() }).optional(),
    }),
  ),
  nextCursor: z.string().nullable(),
});
export type TIntakeLastDose = z.infer<typeof INTAKE_LAST_DOSE>;

/**
 * The last kratom dose of the current intake: the newest record not entered in error (the list is newest
 * first), its `kratom.lastDoseAt`.
 *
 * @param list - The intake list, newest first.
 * @returns The ISO time, or null when no current intake records one.
 */
export function lastDoseOf(list: TIntakeLastDose | undefined): string | null {
  const current = list?.items.find((item) => item.status !== 'entered-in-error');
  return current?.kratom?.lastDoseAt ?? null;
}
