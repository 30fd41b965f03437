import type { Answers, ScoreResult, ScoringContext } from '../score-result.js';
import { scoreSum } from '../score-sum.js';
import { DSM5_KUD_DEFINITION } from './dsm5-kud.items.js';

/**
 * Tolerance and withdrawal that come solely from a medicine taken as prescribed are expected effects,
 * not signs of a disorder. Each criterion has its own switch: a person on buprenorphine may show
 * tolerance to it and still have kratom withdrawal, or the reverse.
 *
 * @see Clinical reference §4, "Medical-supervision exclusion" (`solelyUnderMedicalSupervision: { c10, c11 }`)
 */
function supervisionExcluded(context: ScoringContext): readonly string[] {
  const excluded: string[] = [];
  if (context.toleranceUnderMedicalSupervision === true) {
    excluded.push('tolerance');
  }
  if (context.withdrawalUnderMedicalSupervision === true) {
    excluded.push('withdrawal');
  }
  return excluded;
}

/**
 * Counts the DSM-5 use-disorder criteria met for kratom (11 yes/no items; 0 = no, 1 = yes).
 *
 * Bands: none 0–1, mild 2–3, moderate 4–5, severe 6–11. `context.toleranceUnderMedicalSupervision`
 * excludes criterion 10 and `context.withdrawalUnderMedicalSupervision` criterion 11, each on its own:
 * an excluded criterion stays in the result with its answer but scores 0 with `excluded: true`. This
 * rarely applies to kratom itself, which is not prescribed; it does apply to someone later stabilised on
 * buprenorphine. A count is a screen that informs a clinician; it is not a diagnosis.
 *
 * @param answers - One value per criterion id (see `DSM5_KUD_DEFINITION.items`), each 0 or 1.
 * @param context - The two medical-supervision switches; both off when absent.
 * @returns A complete result with the count as `total` and its band, or `incomplete` / `invalid`.
 * @see Clinical reference §4 (criteria, severity, medical-supervision exclusion, test vectors D1–D7)
 * @example scoreDsm5Kud({ …all 0…, cutDownEfforts: 1, craving: 1, tolerance: 1, withdrawal: 1 })
 *   // => { status: 'complete', total: 4, band: { id: 'moderate', … }, … }
 * @example scoreDsm5Kud({ …all 0…, tolerance: 1, withdrawal: 1 },
 *   { toleranceUnderMedicalSupervision: true, withdrawalUnderMedicalSupervision: true })
 *   // => { status: 'complete', total: 0, band: { id: 'none', … }, … }
 */
export function scoreDsm5Kud(answers: Answers, context: ScoringContext = {}): ScoreResult {
  return scoreSum(DSM5_KUD_DEFINITION, answers, context, { excludedItems: supervisionExcluded });
}
