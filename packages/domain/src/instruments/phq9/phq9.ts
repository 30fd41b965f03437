import type { Answers, ScoreFlag, ScoreResult, ScoringContext } from '../score-result.js';
import { scoreSum } from '../score-sum.js';
import { PHQ9_DEFINITION } from './phq9.items.js';

/**
 * Any answer above "not at all" on item 9 is a safety alert whatever the total: a low total must never
 * hide thoughts of death or self-harm.
 *
 * @see Clinical reference §5 (PHQ-9 item 9) and §11 (988 routing)
 */
function phq9Flags(points: ReadonlyMap<string, number>): readonly ScoreFlag[] {
  return (points.get('selfHarmThoughts') ?? 0) > 0 ? ['suicidal-ideation'] : [];
}

/**
 * Scores the PHQ-9 (9 items, 0–3 each, total 0–27).
 *
 * Bands: minimal 0–4, mild 5–9, moderate 10–14, moderately-severe 15–19, severe 20–27. Flags
 * `suicidal-ideation` when item 9 is above 0, whatever the total, also on an incomplete form.
 *
 * @param answers - One value per item id (see `PHQ9_DEFINITION.items`), each 0, 1, 2 or 3.
 * @param context - Not used by PHQ-9; accepted so every scorer has the same shape.
 * @returns A complete result with total, band and flags, or `incomplete` (with flags) / `invalid`.
 * @see Kroenke K, Spitzer RL, Williams JBW. J Gen Intern Med. 2001;16(9):606-613
 * @see Clinical reference §5 (bands, item-9 alert, test vectors P1–P5)
 * @example scorePhq9({ interest: 2, feelingDown: 2, sleep: 1, tiredness: 1, appetite: 1, feelingBad: 1,
 *   concentration: 1, movingOrSpeaking: 0, selfHarmThoughts: 1 })
 *   // => { status: 'complete', total: 10, band: { id: 'moderate', … }, flags: ['suicidal-ideation'], … }
 */
export function scorePhq9(answers: Answers, context: ScoringContext = {}): ScoreResult {
  return scoreSum(PHQ9_DEFINITION, answers, context, { flags: phq9Flags });
}
