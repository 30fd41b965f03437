import type uPlot from 'uplot';

/** Half the width of a time axis around a single reading, in seconds (uPlot's time unit). */
const SINGLE_TIME_HALF_WIDTH_S = 60 * 60;

/**
 * A scale's range fitted to its data with 5% to spare; a single value gets ±1.
 *
 * @param min - The data's lowest value (null when there is none).
 * @param max - The data's highest value.
 * @returns The range to draw.
 */
export function paddedRange(min: number | null, max: number | null): [number, number] {
  const low = min ?? 0;
  const high = max ?? 1;
  if (low === high) {
    return [low - 1, high + 1];
  }
  const pad = (high - low) * 0.05;
  return [low - pad, high + pad];
}

/**
 * The x range: the readings' span, padded. All readings at one x get a fixed range around it (an
 * hour either side on a time axis), because uPlot's own widening of a zero-width time axis drew
 * ticks years apart for a single score.
 *
 * @param xs - The readings' x values (seconds on a time axis).
 * @param kind - A time axis or a plain number axis (hours since the last dose).
 * @returns A fixed range, or uPlot's range function padding the data's span.
 */
export function xRange(xs: ArrayLike<number>, kind: 'time' | 'number'): uPlot.Range.MinMax | uPlot.Range.Function {
  const first = xs[0];
  if (first !== undefined && Array.from(xs).every((value) => value === first)) {
    const half = kind === 'time' ? SINGLE_TIME_HALF_WIDTH_S : 1;
    return [first - half, first + half];
  }
  return (_chart, min, max) => paddedRange(min, max);
}
