import { defineInstrument } from '../define-instrument.js';
import { itemWithOwnOptions, scoreBand } from '../definition-builders.js';
import type { InstrumentDefinition, InstrumentItem } from '../instrument-definition.js';
import { instrumentKeys } from '../instrument-keys.js';
import { COWS_PULSE_MEASUREMENT } from './cows-pulse.js';

const ID = 'cows';
const item = (itemId: string, values: readonly number[]): InstrumentItem => itemWithOwnOptions(ID, itemId, values);

/**
 * The Clinical Opiate Withdrawal Scale: 11 clinician-rated items in published order, total 0–48.
 * The option values are the published scores; note the gaps (restlessness has no 2, gooseflesh no 1 or 2).
 * The licence is unconfirmed, so the labels are our own words and the original anchors are not shown.
 * No LOINC code could be confirmed; the FHIR layer uses a local code. Item 1 (pulse) is answered with
 * the measured bpm only, never with its points (version 2003.2; 2003.1 also took points).
 *
 * Bands: 0–4 below mild (shown as "no or minimal withdrawal"; the source names no band there),
 * 5–12 mild, 13–24 moderate, 25–36 moderately severe, 37–48 severe.
 *
 * @see Wesson DR, Ling W. J Psychoactive Drugs. 2003;35(2):253-259. doi:10.1080/02791072.2003.10400007
 * @see Item scores: SAMHSA TIP 45 appendix, NCBI Bookshelf NBK64244, table A72915 (clinical reference §1)
 * @see Bands: clinical reference §1, "Severity bands" (measurement-platform help page citing Wesson & Ling 2003)
 */
export const COWS_DEFINITION: InstrumentDefinition = defineInstrument({
  id: ID,
  version: '2003.2',
  titleKey: instrumentKeys.title(ID),
  timeframeKey: instrumentKeys.timeframe(ID),
  citation:
    'Wesson DR, Ling W. The Clinical Opiate Withdrawal Scale (COWS). J Psychoactive Drugs. 2003;35(2):253-259. ' +
    'Item scores as reproduced in SAMHSA TIP 45 (NCBI Bookshelf NBK64244). Labels reworded by kratom-care.',
  doi: '10.1080/02791072.2003.10400007',
  license: 'unknown',
  displayWordingAllowed: false,
  minTotal: 0,
  maxTotal: 48,
  items: [
    // Entered as the measured bpm only; the options document the points it converts to.
    { ...item('pulse', [0, 1, 2, 4]), measurement: COWS_PULSE_MEASUREMENT },
    item('sweating', [0, 1, 2, 3, 4]),
    item('restlessness', [0, 1, 3, 5]),
    item('pupils', [0, 1, 2, 5]),
    item('boneJoint', [0, 1, 2, 4]),
    item('rhinorrhoeaTearing', [0, 1, 2, 4]),
    item('gi', [0, 1, 2, 3, 5]),
    item('tremor', [0, 1, 2, 4]),
    item('yawning', [0, 1, 2, 4]),
    item('anxiety', [0, 1, 2, 4]),
    item('gooseflesh', [0, 3, 5]),
  ],
  bands: [
    scoreBand(ID, 'below-mild', 0, 4),
    scoreBand(ID, 'mild', 5, 12),
    scoreBand(ID, 'moderate', 13, 24),
    scoreBand(ID, 'moderately-severe', 25, 36),
    scoreBand(ID, 'severe', 37, 48),
  ],
});
