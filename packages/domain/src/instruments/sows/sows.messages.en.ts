import { instrumentKeys } from '../instrument-keys.js';
import { SOWS_HANDELSMAN_ID, SOWS_KRATOM_ID, SOWS_SYMPTOM_ITEM_IDS, SOWS_URGE_ITEM_IDS } from './sows.items.js';

/**
 * Our own plain words for the 15 shared symptoms. The original item wording needs the publisher's
 * permission (REFERENCE §0 licensing table), so none of it is reused: each line keeps the symptom's
 * meaning in different words, tested against the original phrases in `sows.test.ts`.
 */
const SYMPTOM_LABELS: Readonly<Record<(typeof SOWS_SYMPTOM_ITEM_IDS)[number], string>> = {
  anxious: 'I feel nervous or on edge',
  yawning: 'I keep wanting to yawn',
  sweating: 'My skin is damp with sweat',
  eyesTearing: 'My eyes keep watering',
  runnyNose: 'My nose keeps dripping',
  gooseflesh: 'The hairs on my skin stand up, with little bumps',
  shaking: 'My hands or body tremble',
  hotFlashes: 'Waves of heat come over me',
  coldFlashes: 'Waves of cold or chills come over me',
  bonesMusclesAche: 'I feel sore deep in my body, down to the bone',
  restless: 'I find it hard to keep still',
  nauseous: 'My stomach feels queasy',
  likeVomiting: 'I feel I might throw up',
  musclesTwitch: 'Some of my muscles jerk or jump on their own',
  stomachCramps: 'My belly hurts with cramps',
};

/**
 * The 0–4 scale: the common five-step wording of symptom checklists, which is the scale's meaning
 * itself rather than the item text the licence concerns (REFERENCE §2, "0 (not at all) to 4 (extremely)").
 */
const SCALE_LABELS: readonly string[] = ['Not at all', 'A little', 'Moderately', 'Quite a bit', 'Extremely'];

function catalogue(id: keyof typeof SOWS_URGE_ITEM_IDS, title: string, urgeLabel: string): Record<string, string> {
  const messages: Record<string, string> = {
    [instrumentKeys.title(id)]: title,
    [instrumentKeys.timeframe(id)]: 'How do you feel right now? Pick one answer for each line.',
  };
  SCALE_LABELS.forEach((label, value) => {
    messages[instrumentKeys.sharedOption(id, value)] = label;
  });
  for (const itemId of SOWS_SYMPTOM_ITEM_IDS) {
    messages[instrumentKeys.item(id, itemId)] = SYMPTOM_LABELS[itemId];
  }
  messages[instrumentKeys.item(id, SOWS_URGE_ITEM_IDS[id])] = urgeLabel;
  return messages;
}

/**
 * English labels for both SOWS variants, built from one table so the 15 shared symptoms read the
 * same in each. Only item 16 and the title differ.
 *
 * @see Clinical reference §0 (licensing: labels the team wrote itself) and §2 (items, variants)
 */
export const SOWS_MESSAGES_EN: Readonly<Record<string, string>> = {
  ...catalogue(SOWS_KRATOM_ID, 'Withdrawal self-rating (SOWS, kratom version)', 'I want to take kratom right now'),
  ...catalogue(
    SOWS_HANDELSMAN_ID,
    'Withdrawal self-rating (SOWS, original opioid version)',
    'I want to use an opioid right now',
  ),
};
