import type { Answers, ScoreResult, ScoringContext } from '../score-result.js';
import { scoreSum } from '../score-sum.js';
import { SOWS_HANDELSMAN_DEFINITION, SOWS_KRATOM_DEFINITION } from './sows.items.js';

/**
 * Scores the Subjective Opiate Withdrawal Scale, kratom-adapted (16 items, 0–4 each, total 0–64).
 *
 * The result has no band (`band: null`): no validated severity bands exist, so show the raw total and its
 * trend. Validated for opioid withdrawal; its use for kratom withdrawal, and item 16 about kratom, are
 * not validated.
 *
 * @param answers - One value per item id (see `SOWS_KRATOM_DEFINITION.items`), each 0, 1, 2, 3 or 4.
 * @param context - Not used by SOWS; accepted so every scorer has the same shape.
 * @returns A complete result with the total, or `incomplete` / `invalid` with the reasons.
 * @see Handelsman L, et al. Two new rating scales for opiate withdrawal. Am J Drug Alcohol Abuse. 1987;13(3):293-308
 * @see Clinical reference §2 (items, scoring, no bands, variants, test vectors S1–S5)
 * @example scoreSowsKratom({ anxious: 4, yawning: 4, sweating: 4, … urgeToUseKratom: 4 }) // all 16 items at 4
 *   // => { status: 'complete', instrument: 'sows-kratom-adapted', total: 64, band: null, … }
 */
export function scoreSowsKratom(answers: Answers, context: ScoringContext = {}): ScoreResult {
  return scoreSum(SOWS_KRATOM_DEFINITION, answers, context);
}

/**
 * Scores the Subjective Opiate Withdrawal Scale as published (16 items, 0–4 each, total 0–64), item 16
 * being the urge to use an opioid. No band, for the same reason as {@link scoreSowsKratom}.
 *
 * @param answers - One value per item id (see `SOWS_HANDELSMAN_DEFINITION.items`), each 0–4.
 * @param context - Not used by SOWS; accepted so every scorer has the same shape.
 * @returns A complete result with the total, or `incomplete` / `invalid` with the reasons.
 * @see Handelsman L, et al. Two new rating scales for opiate withdrawal. Am J Drug Alcohol Abuse. 1987;13(3):293-308
 * @see Clinical reference §2 (items, scoring, no bands, variants, test vectors S1–S5)
 * @example scoreSowsHandelsman({ anxious: 2, yawning: 1, … urgeToUseOpioid: 3 }) // vector S3
 *   // => { status: 'complete', instrument: 'sows-handelsman-1987', total: 20, band: null, … }
 */
export function scoreSowsHandelsman(answers: Answers, context: ScoringContext = {}): ScoreResult {
  return scoreSum(SOWS_HANDELSMAN_DEFINITION, answers, context);
}
