import type { Answers, ScoreResult, ScoringContext } from '../score-result.js';
import { scoreSum } from '../score-sum.js';
import { GAD7_DEFINITION } from './gad7.items.js';

/**
 * Scores the GAD-7 (7 items, 0–3 each, total 0–21).
 *
 * Bands: minimal 0–4, mild 5–9, moderate 10–14, severe 15–21. A total of 10 or more is a positive screen,
 * which is the same as a band of `moderate` or `severe`.
 *
 * @param answers - One value per item id (see `GAD7_DEFINITION.items`), each 0, 1, 2 or 3.
 * @param context - Not used by GAD-7; accepted so every scorer has the same shape.
 * @returns A complete result with total and band, or `incomplete` / `invalid` with the reasons.
 * @see Spitzer RL, Kroenke K, Williams JBW, Löwe B. Arch Intern Med. 2006;166(10):1092-1097
 * @see Clinical reference §5 (bands, test vectors G1–G4)
 * @example scoreGad7({ nervous: 2, cannotStopWorrying: 2, worryingTooMuch: 2, troubleRelaxing: 1, restless: 1,
 *   irritable: 1, afraid: 1 }) // => { status: 'complete', total: 10, band: { id: 'moderate', … }, … }
 */
export function scoreGad7(answers: Answers, context: ScoringContext = {}): ScoreResult {
  return scoreSum(GAD7_DEFINITION, answers, context);
}
