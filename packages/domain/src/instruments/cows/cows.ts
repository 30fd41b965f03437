import type { InstrumentItem } from '../instrument-definition.js';
import { optionPoints, type AnswerCheck } from '../option-points.js';
import type { Answers, ScoreResult, ScoringContext } from '../score-result.js';
import { scoreSum } from '../score-sum.js';
import { COWS_DEFINITION } from './cows.items.js';
import { COWS_PULSE_BPM_RANGE, pulsePointsFromBpm } from './cows-pulse.js';

/**
 * Item 1 may be entered as the measured heart rate, which is safer than asking a person to work out
 * the points: the reference says to enter the raw bpm and let the software convert it.
 */
function cowsAnswerPoints(item: InstrumentItem, value: unknown): AnswerCheck {
  if (item.id !== 'pulse' || typeof value !== 'object' || value === null) {
    return optionPoints(item, value);
  }
  const bpm: unknown = (value as { readonly bpm?: unknown }).bpm;
  if (typeof bpm !== 'number' || !Number.isInteger(bpm)) {
    return { ok: false, reason: 'wrong-type' };
  }
  if (bpm < COWS_PULSE_BPM_RANGE.min || bpm > COWS_PULSE_BPM_RANGE.max) {
    return { ok: false, reason: 'out-of-range' };
  }
  return { ok: true, points: pulsePointsFromBpm(bpm), value: { bpm } };
}

/**
 * Scores the Clinical Opiate Withdrawal Scale (11 clinician-rated items, total 0–48).
 *
 * Every item takes one of its published scores. The pulse item also takes `{ bpm }`, a whole-number
 * resting heart rate from 20 to 250, converted with {@link pulsePointsFromBpm}; the stored answer keeps
 * the bpm. Bands: below-mild 0–4, mild 5–12, moderate 13–24, moderately-severe 25–36, severe 37–48.
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
