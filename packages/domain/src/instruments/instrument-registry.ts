import { COWS_DEFINITION } from './cows/cows.items.js';
import { scoreCows } from './cows/cows.js';
import { DSM5_KUD_DEFINITION } from './dsm5-kud/dsm5-kud.items.js';
import { scoreDsm5Kud } from './dsm5-kud/dsm5-kud.js';
import { GAD7_DEFINITION } from './gad7/gad7.items.js';
import { scoreGad7 } from './gad7/gad7.js';
import { PHQ9_DEFINITION } from './phq9/phq9.items.js';
import { scorePhq9 } from './phq9/phq9.js';
import type { Instrument } from './score-result.js';
import { SOWS_HANDELSMAN_DEFINITION, SOWS_KRATOM_DEFINITION } from './sows/sows.items.js';
import { scoreSowsHandelsman, scoreSowsKratom } from './sows/sows.js';

/** Every instrument id the library knows, in the order lists should show them. */
export const INSTRUMENT_IDS = [
  'cows',
  'sows-kratom-adapted',
  'sows-handelsman-1987',
  'phq9',
  'gad7',
  'dsm5-kud',
] as const;

export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

/**
 * Ids that records made before a rename still carry, and the instrument each one meant. `sows` was
 * the kratom-adapted SOWS (version `1987-kratom-adapted.1`, item 16 `urgeToUseKratom`) until the two
 * variants got their own ids (docs/decisions/0017-instrument-input-corrections.md). Stored data is
 * never rewritten; it is read through this map.
 */
export const LEGACY_INSTRUMENT_IDS: Readonly<Record<string, InstrumentId>> = Object.freeze({
  sows: 'sows-kratom-adapted',
});

/**
 * Every instrument, keyed by id: its reviewed definition and its pure scorer.
 *
 * @see Clinical reference §0 rule 1, "Instruments as versioned data, not code"
 * @see Clinical reference §2, SOWS variants stored separately
 */
export const INSTRUMENTS: Readonly<Record<InstrumentId, Instrument>> = Object.freeze({
  cows: { definition: COWS_DEFINITION, score: scoreCows },
  'sows-kratom-adapted': { definition: SOWS_KRATOM_DEFINITION, score: scoreSowsKratom },
  'sows-handelsman-1987': { definition: SOWS_HANDELSMAN_DEFINITION, score: scoreSowsHandelsman },
  phq9: { definition: PHQ9_DEFINITION, score: scorePhq9 },
  gad7: { definition: GAD7_DEFINITION, score: scoreGad7 },
  'dsm5-kud': { definition: DSM5_KUD_DEFINITION, score: scoreDsm5Kud },
});

/**
 * Tells whether a string (a route parameter, a request) names a current instrument. Legacy ids are
 * not current: use {@link canonicalInstrumentId} to read stored records.
 *
 * @param id - The candidate id.
 * @returns True for exactly the ids in {@link INSTRUMENT_IDS}.
 */
export function isInstrumentId(id: string): id is InstrumentId {
  return (INSTRUMENT_IDS as readonly string[]).includes(id);
}

/**
 * The current id for an id found in stored data: itself when current, its successor when legacy.
 *
 * @param id - An instrument id, e.g. from a stored assessment.
 * @returns The current id, or `undefined` when the id was never known.
 * @example canonicalInstrumentId('sows') // => 'sows-kratom-adapted'
 */
export function canonicalInstrumentId(id: string): InstrumentId | undefined {
  if (isInstrumentId(id)) {
    return id;
  }
  return Object.hasOwn(LEGACY_INSTRUMENT_IDS, id) ? LEGACY_INSTRUMENT_IDS[id] : undefined;
}

/**
 * Looks an instrument up by id, current or legacy (so stored records and answers saved under `sows`
 * still find the kratom-adapted SOWS). Inherited names such as `constructor` or `__proto__` find nothing.
 *
 * @param id - The instrument id, e.g. from `/api/instruments/{id}` or a stored record.
 * @returns The instrument, or `undefined` when the id is unknown.
 */
export function getInstrument(id: string): Instrument | undefined {
  const current = canonicalInstrumentId(id);
  return current === undefined ? undefined : INSTRUMENTS[current];
}
