import type { Answers, ScoreResult, ScoringContext } from '../score-result.js';
import { scoreSum } from '../score-sum.js';
import { DSM5_KUD_DEFINITION } from './dsm5-kud.items.js';

/** Tolerance and withdrawal are expected effects of a medicine taken as prescribed, not signs of a disorder. */
const SUPERVISION_EXCLUDED = ['tolerance', 'withdrawal'] as const;

/**
 * Counts the DSM-5 use-disorder criteria met for kratom (11 yes/no items; 0 = no, 1 = yes).
 *
 * Bands: none 0–1, mild 2–3, moderate 4–5, severe 6–11. When `context.underMedicalSupervision` is true,
 * the tolerance and withdrawal criteria are kept in the result but score 0 with `excluded: true`. This
 * rarely applies to kratom itself, which is not prescribed; it does apply to someone later stabilised on
 * buprenorphine. A count is a screen that informs a clinician; it is not a diagnosis.
 *
 * @param answers - One value per criterion id (see `DSM5_KUD_DEFINITION.items`), each 0 or 1.
 * @param context - Set `underMedicalSupervision: true` to apply the supervision exclusion.
 * @returns A complete result with the count as `total` and its band, or `incomplete` / `invalid`.
 * @see Clinical reference §4 (criteria, severity, medical-supervision exclusion, test vectors D1–D7)
 * @example scoreDsm5Kud({ …all 0…, cutDownEfforts: 1, craving: 1, tolerance: 1, withdrawal: 1 })
 *   // => { status: 'complete', total: 4, band: { id: 'moderate', … }, … }
 * @example scoreDsm5Kud({ …all 0…, tolerance: 1, withdrawal: 1 }, { underMedicalSupervision: true })
 *   // => { status: 'complete', total: 0, band: { id: 'none', … }, … }
 */
export function scoreDsm5Kud(answers: Answers, context: ScoringContext = {}): ScoreResult {
  return scoreSum(DSM5_KUD_DEFINITION, answers, context, {
    excludedItems: (ctx) => (ctx.underMedicalSupervision === true ? SUPERVISION_EXCLUDED : []),
  });
}
