import { classifyTotal } from '../instruments/classify-total.js';
import { COWS_DEFINITION } from '../instruments/cows/cows.items.js';
import { scoresUpTo, type SerialScore } from './serial-scores.js';

export type TrendArrow = 'up' | 'down' | 'same';

export interface ScoreTrend {
  readonly instrument: SerialScore['instrument'];
  readonly latest: SerialScore;
  readonly previous: SerialScore | null;
  /** COWS band id of each score; null for SOWS, which has no validated bands (REFERENCE §2). */
  readonly latestBand: string | null;
  readonly previousBand: string | null;
  /** Null with a single score. */
  readonly arrow: TrendArrow | null;
  /** What the arrow compares: COWS bands, or SOWS totals. */
  readonly basis: 'band' | 'total';
}

const COWS_BAND_ORDER = COWS_DEFINITION.bands.map((band) => band.id);

const compare = (previous: number, latest: number): TrendArrow => {
  if (latest > previous) {
    return 'up';
  }
  return latest < previous ? 'down' : 'same';
};

/**
 * The trend arrow for the latest two scores of one scale at or before `at`. COWS compares bands: a
 * change of total inside one band is `same`, moving into a higher band is `up`. SOWS has no validated
 * bands, so it compares totals (the reference asks for "the raw score and the trend").
 *
 * @param scores - Serial scores of any scale, any order.
 * @param instrument - `cows` or `sows`.
 * @param atMs - The moment; later scores are ignored.
 * @returns The trend, or null when the scale has no score yet.
 * @see Clinical reference §1 (COWS bands, "show the trend over time") and §2 (SOWS: "show the raw score and
 *   the trend, not a severity label"); comparing SOWS totals is our own [DESIGN] choice
 * @example scoreTrend([cows(12, t0), cows(13, t1)], 'cows', t1)?.arrow // => 'up' (mild → moderate)
 */
export function scoreTrend(
  scores: readonly SerialScore[],
  instrument: SerialScore['instrument'],
  atMs: number,
): ScoreTrend | null {
  const ordered = scoresUpTo(scores, instrument, atMs);
  const latest = ordered.at(-1);
  if (latest === undefined) {
    return null;
  }
  const previous = ordered.at(-2) ?? null;
  if (instrument === 'sows') {
    const arrow = previous === null ? null : compare(previous.total, latest.total);
    return { instrument, latest, previous, latestBand: null, previousBand: null, arrow, basis: 'total' };
  }
  const latestBand = classifyTotal(COWS_DEFINITION, latest.total)?.id ?? null;
  const previousBand = previous === null ? null : (classifyTotal(COWS_DEFINITION, previous.total)?.id ?? null);
  const arrow =
    previousBand === null || latestBand === null
      ? null
      : compare(COWS_BAND_ORDER.indexOf(previousBand), COWS_BAND_ORDER.indexOf(latestBand));
  return { instrument, latest, previous, latestBand, previousBand, arrow, basis: 'band' };
}
