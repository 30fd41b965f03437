import type { SelfCheckMessageKey } from './self-check.messages.en.js';
import type { SelfCheckSourceId } from './self-check-sources.js';

export type WithdrawalPhase =
  'unknown' | 'before-usual-onset' | 'onset-window' | 'peak-window' | 'easing' | 'after-acute';

/** The expected course as published; every figure is low-quality evidence. */
export interface WithdrawalExpectedCourse {
  /** Hours after the last dose in which symptoms usually begin: the union of 6–24 h and 12–48 h. */
  readonly onsetHours: readonly [number, number];
  readonly peakDays: readonly [number, number];
  readonly acuteEasesByDays: readonly [number, number];
  /** Mood, sleep and craving symptoms may last weeks. */
  readonly psychologicalWeeks: true;
}

export interface WithdrawalCourse {
  readonly phase: WithdrawalPhase;
  readonly phaseKey: SelfCheckMessageKey;
  readonly hoursSinceLastDose: number | null;
  readonly expected: WithdrawalExpectedCourse;
  /** Sentences for `expected`; `{min}` and `{max}` are filled from the matching range. */
  readonly expectedKeys: typeof WITHDRAWAL_EXPECTED_KEYS;
  readonly evidence: 'low';
  readonly caveatKeys: readonly SelfCheckMessageKey[];
  readonly symptomKeys: readonly SelfCheckMessageKey[];
  readonly sourceKey: SelfCheckMessageKey;
  /** Research sources for the symptoms; the timing has no research source yet (see `caveatKeys`). */
  readonly sourceIds: readonly SelfCheckSourceId[];
}

/**
 * Onset 6–24 h, peak days 1–3 and acute easing by 3–10 days come from treatment-centre and lay pages
 * ([SECONDARY, low quality]); the seed article's 12–48 h onset is [UNCONFIRMED]. The onset range covers both.
 *
 * @see Clinical reference §6 "Withdrawal: onset, duration and symptoms"; seed article (Recovery Centers of America)
 */
export const WITHDRAWAL_EXPECTED_COURSE: WithdrawalExpectedCourse = {
  onsetHours: [6, 48],
  peakDays: [1, 3],
  acuteEasesByDays: [3, 10],
  psychologicalWeeks: true,
};

export const WITHDRAWAL_EXPECTED_KEYS = {
  onsetHours: 'selfCheck.withdrawal.expected.onsetHours',
  peakDays: 'selfCheck.withdrawal.expected.peakDays',
  acuteEasesByDays: 'selfCheck.withdrawal.expected.acuteEasesByDays',
  psychologicalWeeks: 'selfCheck.withdrawal.expected.psychologicalWeeks',
} as const satisfies Readonly<Record<keyof WithdrawalExpectedCourse, SelfCheckMessageKey>>;

/**
 * Kratom withdrawal symptoms, physical then psychological.
 *
 * @see Clinical reference §6 symptoms [CONFIRMED]: Singh et al., Drug Alcohol Depend 2014;139:132-137;
 *   McWhirter & Morris, Eur Addict Res 2010; Galbis-Reig, WMJ 2016;115(1):49-52
 */
export const WITHDRAWAL_SYMPTOM_KEYS: readonly SelfCheckMessageKey[] = [
  'selfCheck.withdrawal.symptom.muscleAches',
  'selfCheck.withdrawal.symptom.sleep',
  'selfCheck.withdrawal.symptom.runnyNoseEyes',
  'selfCheck.withdrawal.symptom.hotFlashesFever',
  'selfCheck.withdrawal.symptom.sweating',
  'selfCheck.withdrawal.symptom.tremor',
  'selfCheck.withdrawal.symptom.stomach',
  'selfCheck.withdrawal.symptom.diarrhoea',
  'selfCheck.withdrawal.symptom.appetite',
  'selfCheck.withdrawal.symptom.restless',
  'selfCheck.withdrawal.symptom.anxiousTense',
  'selfCheck.withdrawal.symptom.angerSadness',
  'selfCheck.withdrawal.symptom.craving',
];

const ALWAYS_CAVEATS: readonly SelfCheckMessageKey[] = [
  'selfCheck.withdrawal.caveat.lowEvidence',
  'selfCheck.withdrawal.caveat.windowsDiffer',
  'selfCheck.withdrawal.caveat.variesWithUse',
  'selfCheck.withdrawal.caveat.informationOnly',
];

const HOURS_PER_DAY = 24;

/** Lower bounds in hours, latest first; the first one the elapsed time reaches names the phase. */
const PHASE_STARTS: readonly (readonly [WithdrawalPhase, number])[] = [
  ['after-acute', 10 * HOURS_PER_DAY],
  ['easing', 3 * HOURS_PER_DAY],
  ['peak-window', 1 * HOURS_PER_DAY],
  ['onset-window', 6],
  ['before-usual-onset', 0],
];

const PHASE_KEYS: Readonly<Record<WithdrawalPhase, SelfCheckMessageKey>> = {
  unknown: 'selfCheck.withdrawal.phase.unknown',
  'before-usual-onset': 'selfCheck.withdrawal.phase.beforeUsualOnset',
  'onset-window': 'selfCheck.withdrawal.phase.onsetWindow',
  'peak-window': 'selfCheck.withdrawal.phase.peakWindow',
  easing: 'selfCheck.withdrawal.phase.easing',
  'after-acute': 'selfCheck.withdrawal.phase.afterAcute',
};

/**
 * Places the hours since the last dose on the usual course of kratom withdrawal, as information only.
 * How the person feels (SOWS, or COWS in clinic) matters more than the clock: no decision uses this alone.
 *
 * Phases: under 6 h before the usual onset; 6 to under 24 h the onset window (covering both published
 * windows); 24 to under 72 h the peak window; 72 h to under 10 days easing; 10 days or more after the acute
 * phase. Unknown, negative or non-finite hours give `unknown`.
 *
 * @param hoursSinceLastDose - Hours since the last dose, or null when the person is not sure.
 * @returns The phase, the expected course, evidence quality ('low'), caveats and the usual symptoms.
 * @see Clinical reference §6 "Withdrawal: onset, duration and symptoms" and "Implement as" (elapsed time is
 *   information only; clinical decisions use COWS or SOWS) [DESIGN]; onset/peak/easing figures [SECONDARY,
 *   low quality]; seed article 12–48 h [UNCONFIRMED]
 * @example
 * describeWithdrawalCourse(30).phase // => 'peak-window'
 * describeWithdrawalCourse(5.9).phase // => 'before-usual-onset'
 */
export function describeWithdrawalCourse(hoursSinceLastDose: number | null): WithdrawalCourse {
  const hours =
    hoursSinceLastDose !== null && Number.isFinite(hoursSinceLastDose) && hoursSinceLastDose >= 0
      ? hoursSinceLastDose
      : null;
  const phase = hours === null ? 'unknown' : (PHASE_STARTS.find(([, start]) => hours >= start)?.[0] ?? 'unknown');
  return {
    phase,
    phaseKey: PHASE_KEYS[phase],
    hoursSinceLastDose: hours,
    expected: WITHDRAWAL_EXPECTED_COURSE,
    expectedKeys: WITHDRAWAL_EXPECTED_KEYS,
    evidence: 'low',
    caveatKeys: hours === null ? [...ALWAYS_CAVEATS, 'selfCheck.withdrawal.caveat.lastDoseUnknown'] : ALWAYS_CAVEATS,
    symptomKeys: WITHDRAWAL_SYMPTOM_KEYS,
    sourceKey: 'selfCheck.source.withdrawalCourse',
    sourceIds: ['singh-2014', 'mcwhirter-morris-2010', 'galbis-reig-2016'],
  };
}
