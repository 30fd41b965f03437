import { defineInstrument } from '../define-instrument.js';
import { itemWithSharedOptions, scoreBand } from '../definition-builders.js';
import type { InstrumentDefinition, InstrumentItem } from '../instrument-definition.js';
import { instrumentKeys } from '../instrument-keys.js';
import { PHQ_CREDIT_LINE } from '../phq-credit-line.js';

const ID = 'phq9';
const item = (itemId: string, loinc: string): InstrumentItem => itemWithSharedOptions(ID, itemId, [0, 1, 2, 3], loinc);

/**
 * The Patient Health Questionnaire (PHQ-9): 9 self-rated items about the last 2 weeks, each 0–3, in
 * published order with their LOINC codes; total 0–27. Free to display, so the standard wording is used.
 *
 * Bands: 0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe.
 * Item 9 (`selfHarmThoughts`) above 0 raises a safety flag whatever the total (see `scorePhq9`).
 *
 * @see Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure.
 *   J Gen Intern Med. 2001;16(9):606-613 (clinical reference §5)
 * @see LOINC panel 44249-1, total 44261-6, items as in HL7 US Core examples (clinical reference §5)
 */
export const PHQ9_DEFINITION: InstrumentDefinition = defineInstrument({
  id: ID,
  version: '2001.1',
  titleKey: instrumentKeys.title(ID),
  timeframeKey: instrumentKeys.timeframe(ID),
  citation:
    'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. ' +
    `J Gen Intern Med. 2001;16(9):606-613. PHQ-9 ${PHQ_CREDIT_LINE}`,
  license: 'free',
  displayWordingAllowed: true,
  loinc: { panel: '44249-1', total: '44261-6' },
  minTotal: 0,
  maxTotal: 27,
  items: [
    item('interest', '44250-9'),
    item('feelingDown', '44255-8'),
    item('sleep', '44259-0'),
    item('tiredness', '44254-1'),
    item('appetite', '44251-7'),
    item('feelingBad', '44258-2'),
    item('concentration', '44252-5'),
    item('movingOrSpeaking', '44253-3'),
    item('selfHarmThoughts', '44260-8'),
  ],
  bands: [
    scoreBand(ID, 'minimal', 0, 4),
    scoreBand(ID, 'mild', 5, 9),
    scoreBand(ID, 'moderate', 10, 14),
    scoreBand(ID, 'moderately-severe', 15, 19),
    scoreBand(ID, 'severe', 20, 27),
  ],
});
