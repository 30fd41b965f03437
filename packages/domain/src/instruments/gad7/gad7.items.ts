import { defineInstrument } from '../define-instrument.js';
import { itemWithSharedOptions, scoreBand } from '../definition-builders.js';
import type { InstrumentDefinition, InstrumentItem } from '../instrument-definition.js';
import { instrumentKeys } from '../instrument-keys.js';
import { PHQ_CREDIT_LINE } from '../phq-credit-line.js';

const ID = 'gad7';
const item = (itemId: string, loinc: string): InstrumentItem => itemWithSharedOptions(ID, itemId, [0, 1, 2, 3], loinc);

/**
 * The GAD-7 anxiety scale: 7 self-rated items about the last 2 weeks, each 0–3 (same anchors as the
 * PHQ-9), in published order with their LOINC codes; total 0–21. Free to display.
 *
 * Bands (cut-points 5/10/15): 0–4 minimal, 5–9 mild, 10–14 moderate, 15–21 severe. A total of 10 or more
 * is a positive screen.
 *
 * @see Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety
 *   disorder: the GAD-7. Arch Intern Med. 2006;166(10):1092-1097 (clinical reference §5)
 * @see LOINC panel 69737-5, total 70274-6, items from the LOINC panel listing (clinical reference §5)
 */
export const GAD7_DEFINITION: InstrumentDefinition = defineInstrument({
  id: ID,
  version: '2006.1',
  titleKey: instrumentKeys.title(ID),
  timeframeKey: instrumentKeys.timeframe(ID),
  citation:
    'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: ' +
    `the GAD-7. Arch Intern Med. 2006;166(10):1092-1097. GAD-7 ${PHQ_CREDIT_LINE}`,
  license: 'free',
  displayWordingAllowed: true,
  loinc: { panel: '69737-5', total: '70274-6' },
  minTotal: 0,
  maxTotal: 21,
  items: [
    item('nervous', '69725-0'),
    item('cannotStopWorrying', '68509-9'),
    item('worryingTooMuch', '69733-4'),
    item('troubleRelaxing', '69734-2'),
    item('restless', '69735-9'),
    item('irritable', '69689-8'),
    item('afraid', '69736-7'),
  ],
  bands: [
    scoreBand(ID, 'minimal', 0, 4),
    scoreBand(ID, 'mild', 5, 9),
    scoreBand(ID, 'moderate', 10, 14),
    scoreBand(ID, 'severe', 15, 21),
  ],
});
