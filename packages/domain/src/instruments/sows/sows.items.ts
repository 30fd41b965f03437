import { defineInstrument } from '../define-instrument.js';
import { itemWithSharedOptions } from '../definition-builders.js';
import type { InstrumentDefinition, InstrumentItem } from '../instrument-definition.js';
import { instrumentKeys } from '../instrument-keys.js';

/** The variant as published in 1987; item 16 asks about the urge to use an opioid. */
export const SOWS_HANDELSMAN_ID = 'sows-handelsman-1987';

/** The kratom adaptation; item 16 asks about the urge to use kratom. Records before issue 9 say `sows`. */
export const SOWS_KRATOM_ID = 'sows-kratom-adapted';

/** Item 16 of each variant: the urge to use an opioid (as published) or kratom (the adaptation). */
export const SOWS_URGE_ITEM_IDS = {
  [SOWS_HANDELSMAN_ID]: 'urgeToUseOpioid',
  [SOWS_KRATOM_ID]: 'urgeToUseKratom',
} as const;

/** Items 1–15, in published order: the same symptoms in both variants. */
export const SOWS_SYMPTOM_ITEM_IDS = [
  'anxious',
  'yawning',
  'sweating',
  'eyesTearing',
  'runnyNose',
  'gooseflesh',
  'shaking',
  'hotFlashes',
  'coldFlashes',
  'bonesMusclesAche',
  'restless',
  'nauseous',
  'likeVomiting',
  'musclesTwitch',
  'stomachCramps',
] as const;

const CITATION =
  'Handelsman L, Cochrane KJ, Aronson MJ, Ness R, Rubinstein KJ, Kanof PD. Two new rating scales for opiate ' +
  'withdrawal. Am J Drug Alcohol Abuse. 1987;13(3):293-308.';

/**
 * One SOWS variant: the 15 shared symptoms, then the variant's item 16, all rated 0–4; total 0–64.
 * The wording is treated as copyrighted until permission is held, so labels are our own words. No
 * bands: the paper gives none, and clinic cut-offs in circulation are unvalidated. No LOINC code.
 */
function sowsVariant(id: string, version: string, urgeItemId: string, citationNote: string): InstrumentDefinition {
  const item = (itemId: string): InstrumentItem => itemWithSharedOptions(id, itemId, [0, 1, 2, 3, 4]);
  return defineInstrument({
    id,
    version,
    titleKey: instrumentKeys.title(id),
    timeframeKey: instrumentKeys.timeframe(id),
    citation: `${CITATION} ${citationNote}`,
    license: 'permission-required',
    displayWordingAllowed: false,
    minTotal: 0,
    maxTotal: 64,
    items: [...SOWS_SYMPTOM_ITEM_IDS.map(item), item(urgeItemId)],
    bands: [],
  });
}

/**
 * The Subjective Opiate Withdrawal Scale as published (Handelsman 1987): 16 self-rated symptoms
 * "right now", each 0 (not at all) to 4 (extremely), in published order; total 0–64. Item 16 is the
 * urge to use an opioid. Labels are our own words.
 *
 * @see Handelsman L, Cochrane KJ, Aronson MJ, Ness R, Rubinstein KJ, Kanof PD. Two new rating scales for
 *   opiate withdrawal. Am J Drug Alcohol Abuse. 1987;13(3):293-308 (clinical reference §2)
 */
export const SOWS_HANDELSMAN_DEFINITION: InstrumentDefinition = sowsVariant(
  SOWS_HANDELSMAN_ID,
  '1987.1',
  SOWS_URGE_ITEM_IDS[SOWS_HANDELSMAN_ID],
  'Labels reworded by kratom-care.',
);

/**
 * The kratom-adapted SOWS: the same 15 symptoms and scale, with item 16 asking about the urge to use
 * kratom. REFERENCE §2 makes any such rewording an adaptation stored as its own variant, so it has its
 * own id; its version is unchanged from the records made under the old id `sows`.
 *
 * @see Handelsman L, et al. Am J Drug Alcohol Abuse. 1987;13(3):293-308 (clinical reference §2,
 *   "store it as a separate instrument variant (`sows-handelsman-1987` vs `sows-kratom-adapted`)")
 */
export const SOWS_KRATOM_DEFINITION: InstrumentDefinition = sowsVariant(
  SOWS_KRATOM_ID,
  '1987-kratom-adapted.1',
  SOWS_URGE_ITEM_IDS[SOWS_KRATOM_ID],
  'Adapted for kratom (item 16); labels reworded by kratom-care.',
);
