import { defineInstrument } from '../define-instrument.js';
import { itemWithSharedOptions } from '../definition-builders.js';
import type { InstrumentDefinition, InstrumentItem } from '../instrument-definition.js';
import { instrumentKeys } from '../instrument-keys.js';

const ID = 'sows';
const item = (itemId: string): InstrumentItem => itemWithSharedOptions(ID, itemId, [0, 1, 2, 3, 4]);

/**
 * The Subjective Opiate Withdrawal Scale (Handelsman 1987): 16 self-rated symptoms "right now", each
 * 0 (not at all) to 4 (extremely), in published order; total 0–64.
 *
 * Kratom adaptation: item 16 originally asks about the urge to use an opioid; here it asks about the
 * urge to use kratom. That is a change to the instrument, so it is carried in the version string.
 * The wording is treated as copyrighted until permission is held: labels are our own words.
 * No bands: the paper gives none, and clinic cut-offs in circulation are unvalidated. No LOINC code.
 *
 * @see Handelsman L, Cochrane KJ, Aronson MJ, Ness R, Rubinstein KJ, Kanof PD. Two new rating scales for
 *   opiate withdrawal. Am J Drug Alcohol Abuse. 1987;13(3):293-308 (clinical reference §2)
 */
export const SOWS_DEFINITION: InstrumentDefinition = defineInstrument({
  id: ID,
  version: '1987-kratom-adapted.1',
  titleKey: instrumentKeys.title(ID),
  timeframeKey: instrumentKeys.timeframe(ID),
  citation:
    'Handelsman L, Cochrane KJ, Aronson MJ, Ness R, Rubinstein KJ, Kanof PD. Two new rating scales for opiate ' +
    'withdrawal. Am J Drug Alcohol Abuse. 1987;13(3):293-308. Adapted for kratom (item 16); labels reworded by kratom-care.',
  license: 'permission-required',
  displayWordingAllowed: false,
  minTotal: 0,
  maxTotal: 64,
  items: [
    item('anxious'),
    item('yawning'),
    item('sweating'),
    item('eyesTearing'),
    item('runnyNose'),
    item('gooseflesh'),
    item('shaking'),
    item('hotFlashes'),
    item('coldFlashes'),
    item('bonesMusclesAche'),
    item('restless'),
    item('nauseous'),
    item('likeVomiting'),
    item('musclesTwitch'),
    item('stomachCramps'),
    item('urgeToUseKratom'),
  ],
  bands: [],
});
