import { COWS_DEFINITION } from './cows/cows.items.js';
import { scoreCows } from './cows/cows.js';
import { DSM5_KUD_DEFINITION } from './dsm5-kud/dsm5-kud.items.js';
import { scoreDsm5Kud } from './dsm5-kud/dsm5-kud.js';
import { GAD7_DEFINITION } from './gad7/gad7.items.js';
import { scoreGad7 } from './gad7/gad7.js';
import { PHQ9_DEFINITION } from './phq9/phq9.items.js';
import { scorePhq9 } from './phq9/phq9.js';
import type { Instrument } from './score-result.js';
import { SOWS_DEFINITION } from './sows/sows.items.js';
import { scoreSows } from './sows/sows.js';

/** Every instrument id the library knows, in the order lists should show them. */
export const INSTRUMENT_IDS = ['cows', 'sows', 'phq9', 'gad7', 'dsm5-kud'] as const;

export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

/**
 * Every instrument, keyed by id: its reviewed definition and its pure scorer.
 *
 * @see Clinical reference §0 rule 1, "Instruments as versioned data, not code"
 */
export const INSTRUMENTS: Readonly<Record<InstrumentId, Instrument>> = Object.freeze({
  cows: { definition: COWS_DEFINITION, score: scoreCows },
  sows: { definition: SOWS_DEFINITION, score: scoreSows },
  phq9: { definition: PHQ9_DEFINITION, score: scorePhq9 },
  gad7: { definition: GAD7_DEFINITION, score: scoreGad7 },
  'dsm5-kud': { definition: DSM5_KUD_DEFINITION, score: scoreDsm5Kud },
});

/**
 * Tells whether a string (a route parameter, a stored record) names a known instrument.
 *
 * @param id - The candidate id.
 * @returns True for exactly the ids in {@link INSTRUMENT_IDS}.
 */
export function isInstrumentId(id: string): id is InstrumentId {
  return (INSTRUMENT_IDS as readonly string[]).includes(id);
}

/**
 * Looks an instrument up by id. Inherited names such as `constructor` or `__proto__` find nothing.
 *
 * @param id - The instrument id, e.g. from `/api/instruments/{id}`.
 * @returns The instrument, or `undefined` when the id is unknown.
 */
export function getInstrument(id: string): Instrument | undefined {
  return isInstrumentId(id) ? INSTRUMENTS[id] : undefined;
}
