import type { SelfCheckMessageKey } from './self-check.messages.en.js';
import type { SelfCheckSourceId } from './self-check-sources.js';

export type WithdrawalPhase = 'unknown' | 'before-usual-onset' | 'onset-window' | 'after-onset-window';

/** A sentence and the numbers that fill its `{placeholders}`. */
export interface MessageLine {
  readonly key: SelfCheckMessageKey;
  readonly values?: Readonly<Record<string, number>>;
}

/** The expected course, as the article gives it; the figures are low-quality evidence. */
export interface WithdrawalExpectedCourse {
  /** Hours after the last dose in which symptoms usually begin. */
  readonly onsetHours: readonly [number, number];
  /** How long symptoms can last once they start. */
  readonly lasts: 'days-to-weeks';
}

export interface WithdrawalCourse {
  readonly phase: WithdrawalPhase;
  readonly phaseKey: SelfCheckMessageKey;
  readonly hoursSinceLastDose: number | null;
  readonly expected: WithdrawalExpectedCourse;
  /** `expected` in sentences, ready to show in order. */
  readonly expectedLines: readonly MessageLine[];
  readonly evidence: 'low';
  readonly caveatKeys: readonly SelfCheckMessageKey[];
  readonly symptomKeys: readonly SelfCheckMessageKey[];
  /** Research sources for the symptoms; the timing has no research source yet (see `caveatKeys`). */
  readonly sourceIds: readonly SelfCheckSourceId[];
}

/**
 * Onset 12–48 h after the last dose, lasting several days to weeks, depending on use and the person: the
 * article's window, which the product follows. Treatment-centre and lay pages give an earlier onset (6–24 h);
 * that appears only as a caveat.
 *
 * @see Clinical reference Appendix C.4.6 (phases follow the article's window); §6 "Withdrawal: onset, duration
 *   and symptoms" (12–48 h [UNCONFIRMED]: no peer-reviewed primary source; 6–24 h [SECONDARY, low quality]);
 *   seed article (kratom-dependence-article.txt: "within 12 to 48 hours … several days to weeks")
 */
export const WITHDRAWAL_EXPECTED_COURSE: WithdrawalExpectedCourse = {
  onsetHours: [12, 48],
  lasts: 'days-to-weeks',
};

const EXPECTED_LINES: readonly MessageLine[] = [
  {
    key: 'selfCheck.withdrawal.expected.onsetHours',
    values: { min: WITHDRAWAL_EXPECTED_COURSE.onsetHours[0], max: WITHDRAWAL_EXPECTED_COURSE.onsetHours[1] },
  },
  { key: 'selfCheck.withdrawal.expected.daysToWeeks' },
];

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
  'selfCheck.withdrawal.caveat.otherSourcesEarlier',
  'selfCheck.withdrawal.caveat.variesWithUse',
  'selfCheck.withdrawal.caveat.informationOnly',
];

const [ONSET_FROM, ONSET_TO] = WITHDRAWAL_EXPECTED_COURSE.onsetHours;

const PHASE_KEYS: Readonly<Record<WithdrawalPhase, SelfCheckMessageKey>> = {
  unknown: 'selfCheck.withdrawal.phase.unknown',
  'before-usual-onset': 'selfCheck.withdrawal.phase.beforeUsualOnset',
  'onset-window': 'selfCheck.withdrawal.phase.onsetWindow',
  'after-onset-window': 'selfCheck.withdrawal.phase.afterOnsetWindow',
};

function phaseFor(hours: number | null): WithdrawalPhase {
  if (hours === null) {
    return 'unknown';
  }
  if (hours < ONSET_FROM) {
    return 'before-usual-onset';
  }
  return hours < ONSET_TO ? 'onset-window' : 'after-onset-window';
}

/**
 * Places the hours since the last dose on the usual course of kratom withdrawal, as information only.
 * How the person feels (SOWS, or COWS in clinic) matters more than the clock: no decision uses this alone.
 *
 * Phases follow the article's window: under 12 h before the usual onset; 12 to under 48 h the onset window;
 * 48 h or more after it, when symptoms that have started can last days to weeks. Unknown, negative or
 * non-finite hours give `unknown`.
 *
 * @param hoursSinceLastDose - Hours since the last dose, or null when the person is not sure.
 * @returns The phase, the expected course in sentences, evidence quality ('low'), caveats and the usual symptoms.
 * @see Clinical reference Appendix C.4.6; §6 "Withdrawal: onset, duration and symptoms" and "Implement as"
 *   (elapsed time is information only; clinical decisions use COWS or SOWS) [DESIGN]
 * @example
 * describeWithdrawalCourse(11.9).phase // => 'before-usual-onset'
 * describeWithdrawalCourse(12).phase // => 'onset-window'
 * describeWithdrawalCourse(48).phase // => 'after-onset-window'
 */
export function describeWithdrawalCourse(hoursSinceLastDose: number | null): WithdrawalCourse {
  const hours =
    hoursSinceLastDose !== null && Number.isFinite(hoursSinceLastDose) && hoursSinceLastDose >= 0
      ? hoursSinceLastDose
      : null;
  const phase = phaseFor(hours);
  return {
    phase,
    phaseKey: PHASE_KEYS[phase],
    hoursSinceLastDose: hours,
    expected: WITHDRAWAL_EXPECTED_COURSE,
    expectedLines: EXPECTED_LINES,
    evidence: 'low',
    caveatKeys: hours === null ? [...ALWAYS_CAVEATS, 'selfCheck.withdrawal.caveat.lastDoseUnknown'] : ALWAYS_CAVEATS,
    symptomKeys: WITHDRAWAL_SYMPTOM_KEYS,
    sourceIds: ['singh-2014', 'mcwhirter-morris-2010', 'galbis-reig-2016'],
  };
}
