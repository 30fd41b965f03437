import { describe, expect, it } from 'vitest';
import { scoreTrend, type ScoreTrend } from './score-trend.js';
import type { SerialScore } from './serial-scores.js';

const T = Date.UTC(2027, 0, 10, 8, 0);
const H = 3_600_000;
const score = (instrument: 'cows' | 'sows', total: number, at: number): SerialScore => ({
  id: `${instrument}${total}@${at}`,
  instrument,
  total,
  assessedAtMs: at,
});

describe('scoreTrend', () => {
  it.each([
    [4, 5, 'up', 'below-mild', 'mild'],
    [5, 12, 'same', 'mild', 'mild'],
    [12, 13, 'up', 'mild', 'moderate'],
    [13, 12, 'down', 'moderate', 'mild'],
    [24, 25, 'up', 'moderate', 'moderately-severe'],
    [36, 37, 'up', 'moderately-severe', 'severe'],
    [37, 48, 'same', 'severe', 'severe'],
    [30, 3, 'down', 'moderately-severe', 'below-mild'],
  ])('COWS %i then %i → %s (%s → %s)', (previous, latest, arrow, previousBand, latestBand) => {
    const trend = scoreTrend([score('cows', latest, T + H), score('cows', previous, T)], 'cows', T + H);
    expect(trend).toMatchObject({ arrow, previousBand, latestBand, basis: 'band' });
  });

  it('has no arrow for a single score, and nothing without scores', () => {
    expect(scoreTrend([score('cows', 9, T)], 'cows', T)).toMatchObject({
      arrow: null,
      previous: null,
      latestBand: 'mild',
    });
    expect(scoreTrend([score('sows', 9, T)], 'cows', T)).toBeNull();
  });

  it('compares SOWS totals (no validated bands)', () => {
    const trend = (a: number, b: number): ScoreTrend | null =>
      scoreTrend([score('sows', a, T), score('sows', b, T + H)], 'sows', T + H);
    expect(trend(10, 11)).toMatchObject({ arrow: 'up', basis: 'total', latestBand: null });
    expect(trend(11, 10)?.arrow).toBe('down');
    expect(trend(10, 10)?.arrow).toBe('same');
  });

  it('ignores scores after `at` and the other scale', () => {
    const scores = [
      score('cows', 3, T),
      score('sows', 40, T + H),
      score('cows', 30, T + 3 * H),
      score('cows', 10, T + 2 * H),
    ];
    expect(scoreTrend(scores, 'cows', T + 2 * H)).toMatchObject({
      arrow: 'up',
      latest: { total: 10 },
      previous: { total: 3 },
    });
  });
});
