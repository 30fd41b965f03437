import type { InstrumentMeasurement } from '../instrument-definition.js';

/**
 * Plausible resting heart rates, inclusive. This is a software guard against typing errors (a pulse of
 * 8 or 800), not a clinical threshold.
 *
 * @see Clinical reference §1, "Plausibility guard for pulse: 20–250 bpm"
 */
export const COWS_PULSE_BPM_RANGE = { min: 20, max: 250 } as const;

/**
 * How COWS item 1 is answered: the measured resting pulse in bpm, never its points. Asking for the
 * raw rate removes a hand conversion that could be done wrong.
 *
 * @see Clinical reference §1, "enter the raw bpm; never let the caller supply pulse points"
 */
export const COWS_PULSE_MEASUREMENT: InstrumentMeasurement = { unit: 'bpm', ...COWS_PULSE_BPM_RANGE };

/**
 * Converts a measured resting pulse into COWS item 1 points.
 *
 * @param bpm - Resting heart rate in beats per minute, a whole number within {@link COWS_PULSE_BPM_RANGE}.
 * @returns 0 for 80 or below, 1 for 81–100, 2 for 101–120, 4 above 120.
 * @throws RangeError when `bpm` is not a whole number in the plausible range; the COWS scorer checks this
 *   first and reports an answer issue instead, so only a programming error reaches the throw.
 * @see Wesson DR, Ling W. The Clinical Opiate Withdrawal Scale (COWS). J Psychoactive Drugs. 2003;35(2):253-259
 *   (item 1 as reproduced in SAMHSA TIP 45, NCBI Bookshelf NBK64244; clinical reference §1)
 * @example pulsePointsFromBpm(80) // => 0
 * @example pulsePointsFromBpm(101) // => 2
 * @example pulsePointsFromBpm(121) // => 4
 */
export function pulsePointsFromBpm(bpm: number): 0 | 1 | 2 | 4 {
  if (!Number.isInteger(bpm) || bpm < COWS_PULSE_BPM_RANGE.min || bpm > COWS_PULSE_BPM_RANGE.max) {
    throw new RangeError(`Pulse must be a whole number from 20 to 250 bpm, got ${bpm}`);
  }
  if (bpm <= 80) {
    return 0;
  }
  if (bpm <= 100) {
    return 1;
  }
  if (bpm <= 120) {
    return 2;
  }
  return 4;
}
