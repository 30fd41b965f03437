/** One serial withdrawal score as the monitoring rules read it (a stored COWS or SOWS assessment). */
export interface SerialScore {
  readonly id: string;
  readonly instrument: 'cows' | 'sows';
  readonly total: number;
  readonly assessedAtMs: number;
  /** The COWS form's own context; informational here, the rules use the times. */
  readonly context?: 'baseline' | 'post-dose' | 'monitoring';
}

/** One buprenorphine(-naloxone) administration, from the medication record. */
export interface BuprenorphineDose {
  readonly id: string;
  readonly givenAtMs: number;
}

export interface MonitoringIssue {
  readonly field: string;
  readonly rule: 'range' | 'wrong-type';
  readonly message: string;
}

/** Largest total of each scale (COWS 0–48, SOWS 0–64; REFERENCE §1, §2). */
export const SERIAL_SCORE_MAX: Readonly<Record<SerialScore['instrument'], number>> = { cows: 48, sows: 64 };

/**
 * Checks serial scores and doses: whole totals within the scale, finite times. Stored records should
 * always pass; a record that does not is reported, never read as a number it is not.
 *
 * @param scores - Serial scores.
 * @param doses - Buprenorphine doses.
 * @returns Issues naming `scores[i].total`, `scores[i].assessedAt` or `buprenorphineDoses[i].givenAt`.
 * @see Clinical reference §1 (COWS 0–48) and §2 (SOWS 0–64)
 * @example serialHistoryIssues([{ id: 'a', instrument: 'cows', total: 49, assessedAtMs: 0 }], []) // => [{ field: 'scores[0].total', … }]
 */
export function serialHistoryIssues(
  scores: readonly SerialScore[],
  doses: readonly BuprenorphineDose[],
): MonitoringIssue[] {
  const issues: MonitoringIssue[] = [];
  scores.forEach((score, index) => {
    const max = SERIAL_SCORE_MAX[score.instrument];
    if (!Number.isInteger(score.total) || score.total < 0 || score.total > max) {
      issues.push({
        field: `scores[${index}].total`,
        rule: 'range',
        message: `Must be a whole number from 0 to ${max}`,
      });
    }
    if (!Number.isFinite(score.assessedAtMs)) {
      issues.push({ field: `scores[${index}].assessedAt`, rule: 'wrong-type', message: 'Must be a time' });
    }
  });
  doses.forEach((dose, index) => {
    if (!Number.isFinite(dose.givenAtMs)) {
      issues.push({ field: `buprenorphineDoses[${index}].givenAt`, rule: 'wrong-type', message: 'Must be a time' });
    }
  });
  return issues;
}

/**
 * The scores of one instrument at or before a moment, oldest first; equal times keep the input order.
 *
 * @param scores - Serial scores, any order.
 * @param instrument - Which scale.
 * @param atMs - The moment; later scores are ignored.
 * @returns The scores in time order.
 * @example scoresUpTo(history, 'cows', now).at(-1) // => the latest COWS
 */
export function scoresUpTo(
  scores: readonly SerialScore[],
  instrument: SerialScore['instrument'],
  atMs: number,
): SerialScore[] {
  return scores
    .filter((score) => score.instrument === instrument && score.assessedAtMs <= atMs)
    .map((score, index) => ({ score, index }))
    .sort((a, b) => a.score.assessedAtMs - b.score.assessedAtMs || a.index - b.index)
    .map(({ score }) => score);
}
