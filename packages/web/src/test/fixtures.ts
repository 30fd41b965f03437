import { INITIAL_STATE, type SelfCheckState } from '../features/self-check/state/self-check-state';
import { STORAGE_KEY, serializeState } from '../features/self-check/state/stored-state';

const allOf = (ids: readonly string[], value: number): Record<string, number> =>
  Object.fromEntries(ids.map((id) => [id, value]));

const SOWS_ITEMS = [
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
  'urgeToUseKratom',
];
const KUD_ITEMS = [
  'largerOrLonger',
  'cutDownEfforts',
  'timeSpent',
  'craving',
  'roleFailure',
  'socialProblems',
  'activitiesGivenUp',
  'hazardousUse',
  'despiteProblems',
  'tolerance',
  'withdrawal',
];
const NO_RED_FLAGS = {
  'breathing-or-hard-to-wake': false,
  seizure: false,
  'chest-pain-fainting-breathless': false,
  'sedative-mix-very-drowsy': false,
  'suicidal-thoughts': false,
  'liver-warning-signs': false,
  'withdrawal-fluids-or-confusion': false,
  pregnant: false,
} as const;

/**
 * A fictional person on a mild path: leaf powder twice a day for a few months, two of the eleven
 * criteria (used more than meant, cravings), no withdrawal, no red flags, mood and anxiety skipped.
 */
export const MILD_PATH: SelfCheckState = {
  ...INITIAL_STATE,
  remember: true,
  redFlags: NO_RED_FLAGS,
  use: {
    productForms: ['leaf-powder'],
    amountPerDose: '2',
    amountNotSure: false,
    doseUnit: 'g',
    dosesPerDay: '2',
    useFrequency: 'most-days',
    useDuration: '1-6-months',
    lastDose: '',
    lastDoseNotSure: true,
    wantsToCutDownOrStop: 'yes',
    otherSubstances: [],
    substanceDetails: {},
  },
  answers: {
    'dsm5-kud': { ...allOf(KUD_ITEMS, 0), largerOrLonger: 1, craving: 1 },
    sows: allOf(SOWS_ITEMS, 0),
    phq9: {},
    gad7: {},
  },
  skipped: { phq9: true, gad7: true },
};

/** Puts answers in storage the way an opted-in earlier visit would have left them. */
export function storeAnswers(state: SelfCheckState): void {
  window.localStorage.setItem(STORAGE_KEY, serializeState(state));
}
