import type { InstrumentItem } from '../instrument-definition.js';
import { optionPoints, type AnswerCheck } from '../option-points.js';
import type { Answers, ScoreResult, ScoringContext } from '../score-result.js';
import { scoreSum } from '../score-sum.js';
import { COWS_DEFINITION } from './cows.items.js';
import { pulsePointsFromBpm } from './cows-pulse.js';

/**
 * A measured item takes only `{ bpm }`: a bare number would be points worked out by hand, which the
 * reference forbids for the pulse, so it is refused as the wrong type rather than read as points.
 *
 * @see Clinical reference §1, "enter the raw bpm; never let the caller supply pulse points"
 */
function cowsAnswerPoints(item: InstrumentItem, value: unknown): AnswerCheck {
  const measurement = item.measurement;
  if (measurement === undefined) {
    return optionPoints(item, value);
  }
  if (typeof value !== 'object' || value === null) {
    return { ok: false, reason: 'wrong-type' };
  }
  const bpm: unknown = (value as { readonly bpm?: unknown }).bpm;
  if (typeof bpm !== 'number' || !Number.isInteger(bpm)) {
    return { ok: false, reason: 'wrong-type' };
  }
  if (bpm < measurement.min || bpm > measurement.max) {
    return { ok: false, reason: 'out-of-range' };
  }
  return { ok: true, points: pulsePointsFromBpm(bpm), value: { bpm } };
}

/**
 * Scores the Clinical Opiate Withdrawal Scale (11 clinician-rated items, total 0–48).
 *
 * Every item takes one of its published scores, except the pulse, which takes only `{ bpm }`: a
 * whole-number resting heart rate from 20 to 250, converted with {@link pulsePointsFromBpm}; the stored
 * answer keeps the bpm. Pulse points (`pulse: 2`) are refused as `wrong-type`. Bands: below-mild 0–4, mild 5–12, moderate 13–24, moderately-severe 25–36, severe 37–48.
 * Validated for opioid withdrawal; its use for kratom withdrawal is off-label.
 *
 * @param answers - One value per item id (see `COWS_DEFINITION.items`).
 * @param context - Not used by COWS; accepted so every scorer has the same shape.
 * @returns A complete result with total and band, or `incomplete` / `invalid` with the reasons.
 * @see Wesson DR, Ling W. The Clinical Opiate Withdrawal Scale (COWS). J Psychoactive Drugs. 2003;35(2):253-259
 * @see Clinical reference §1 (items, pulse conversion, bands, test vectors C1–C10)
 * @example scoreCows({ pulse: { bpm: 104 }, sweating: 2, restlessness: 3, pupils: 2, boneJoint: 2,
 *   rhinorrhoeaTearing: 2, gi: 2, tremor: 1, yawning: 2, anxiety: 2, gooseflesh: 3 })
 *   // => { status: 'complete', total: 23, band: { id: 'moderate', … }, … }
 */
export function scoreCows(answers: Answers, context: ScoringContext = {}): ScoreResult {
  return scoreSum(COWS_DEFINITION, answers, context, { answerPoints: cowsAnswerPoints });
}
