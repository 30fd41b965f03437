import type { Answers, ScoreResult, ScoringContext } from '../score-result.js';
import { scoreSum } from '../score-sum.js';
import { SOWS_DEFINITION } from './sows.items.js';

/**
 * Scores the Subjective Opiate Withdrawal Scale, kratom-adapted (16 items, 0–4 each, total 0–64).
 *
 * The result has no band (`band: null`): no validated severity bands exist, so show the raw total and its
 * trend. Validated for opioid withdrawal; its use for kratom withdrawal is off-label.
 *
 * @param answers - One value per item id (see `SOWS_DEFINITION.items`), each 0, 1, 2, 3 or 4.
 * @param context - Not used by SOWS; accepted so every scorer has the same shape.
 * @returns A complete result with the total, or `incomplete` / `invalid` with the reasons.
 * @see Handelsman L, et al. Two new rating scales for opiate withdrawal. Am J Drug Alcohol Abuse. 1987;13(3):293-308
 * @see Clinical reference §2 (items, scoring, no bands, test vectors S1–S5)
 * @example scoreSows({ anxious: 4, yawning: 4, sweating: 4, … urgeToUseKratom: 4 }) // all 16 items at 4
 *   // => { status: 'complete', total: 64, band: null, … }
 */
export function scoreSows(answers: Answers, context: ScoringContext = {}): ScoreResult {
  return scoreSum(SOWS_DEFINITION, answers, context);
}
