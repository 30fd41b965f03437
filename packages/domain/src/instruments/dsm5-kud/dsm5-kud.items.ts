import { defineInstrument } from '../define-instrument.js';
import { itemWithSharedOptions, scoreBand } from '../definition-builders.js';
import type { InstrumentDefinition, InstrumentItem } from '../instrument-definition.js';
import { instrumentKeys } from '../instrument-keys.js';

const ID = 'dsm5-kud';
const item = (itemId: string): InstrumentItem => itemWithSharedOptions(ID, itemId, [0, 1]);

/**
 * The 11 DSM-5 substance-use-disorder criteria applied to kratom, in DSM-5 order, each 0 (no) or 1 (yes)
 * over the past 12 months; the result is the number of criteria met. The APA text is copyrighted, so the
 * labels are our own plain-language paraphrases.
 *
 * Bands: 0–1 none, 2–3 mild, 4–5 moderate, 6–11 severe. Criteria 10 (tolerance) and 11 (withdrawal) do
 * not count for someone taking the substance solely under medical supervision (see `scoreDsm5Kud`).
 *
 * @see Clinical reference §4 (criteria as tabulated in PMC7993020, severity, supervision exclusion)
 * @see Smith KE, et al. J Addict Med. 2022;16(6):666-670, and Hill K, et al. J Addict Med. 2024;18(3):306-312,
 *   who used the DSM-5 criteria to measure kratom use disorder (clinical reference §3)
 */
export const DSM5_KUD_DEFINITION: InstrumentDefinition = defineInstrument({
  id: ID,
  version: '2013-kratom-paraphrase.1',
  titleKey: instrumentKeys.title(ID),
  timeframeKey: instrumentKeys.timeframe(ID),
  citation:
    'Based on the DSM-5 substance use disorder criteria (American Psychiatric Association, 2013), paraphrased by ' +
    'kratom-care and applied to kratom as in Smith KE, et al. J Addict Med. 2022;16(6):666-670 and Hill K, et al. ' +
    'J Addict Med. 2024;18(3):306-312.',
  license: 'unknown',
  displayWordingAllowed: false,
  minTotal: 0,
  maxTotal: 11,
  items: [
    item('largerOrLonger'),
    item('cutDownEfforts'),
    item('timeSpent'),
    item('craving'),
    item('roleFailure'),
    item('socialProblems'),
    item('activitiesGivenUp'),
    item('hazardousUse'),
    item('despiteProblems'),
    item('tolerance'),
    item('withdrawal'),
  ],
  bands: [
    scoreBand(ID, 'none', 0, 1),
    scoreBand(ID, 'mild', 2, 3),
    scoreBand(ID, 'moderate', 4, 5),
    scoreBand(ID, 'severe', 6, 11),
  ],
});
