import type { Answers, Instrument, ScoreFlag } from './score-result.js';

const NONE: readonly ScoreFlag[] = Object.freeze([]);

/**
 * The safety flags in answers that may be anything at all (a request body that failed validation):
 * every answer that can be read is read, so an invalid or missing answer elsewhere never hides PHQ-9
 * item 9. Anything that is not a plain object has no answers to read.
 *
 * @param instrument - The instrument the answers were meant for.
 * @param answers - The raw answers, as received.
 * @returns The flags, e.g. `['suicidal-ideation']`, or none.
 * @see Clinical reference Appendix C.4.4, "Safety flags survive bad input"
 * @example readSafetyFlags(INSTRUMENTS.phq9, { selfHarmThoughts: 2, interest: 'x' }) // => ['suicidal-ideation']
 */
export function readSafetyFlags(instrument: Instrument, answers: unknown): readonly ScoreFlag[] {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    return NONE;
  }
  return instrument.score(answers as Answers).flags;
}
