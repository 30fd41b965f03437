import type { SelfCheckMessageKey } from './self-check.messages.en.js';
import type { SelfCheckSourceId } from './self-check-sources.js';

/** Red-flag question ids, in the order the self-check asks them (most urgent first). */
export const RED_FLAG_IDS = [
  'breathing-or-hard-to-wake',
  'seizure',
  'chest-pain-fainting-breathless',
  'sedative-mix-very-drowsy',
  'suicidal-thoughts',
  'suicide-plan-intent-means',
  'liver-warning-signs',
  'withdrawal-fluids-or-confusion',
  'pregnant',
] as const;

export type RedFlagId = (typeof RED_FLAG_IDS)[number];

/** What the person should do now. */
export type RedFlagAction =
  'call-911' | 'call-988' | 'urgent-care-ed' | 'urgent-care-same-day' | 'contact-clinician-urgently';

/** Actions from most to least urgent; decides `mostUrgentAction` and the order of positive flags. */
export const RED_FLAG_ACTION_ORDER: readonly RedFlagAction[] = [
  'call-911',
  'call-988',
  'urgent-care-ed',
  'urgent-care-same-day',
  'contact-clinician-urgently',
];

/** One plain-language yes/no question and what a "yes" means. */
export interface RedFlagQuestion {
  readonly id: RedFlagId;
  readonly labelKey: SelfCheckMessageKey;
  /** Extra help shown under the question, e.g. Poison Help when worried but not drowsy. */
  readonly hintKey?: SelfCheckMessageKey;
  /** Ask only when this other question was answered yes. */
  readonly askOnlyIf?: RedFlagId;
  readonly action: RedFlagAction;
  /** The headline shown for a "yes", e.g. "Call 911 now". */
  readonly actionKey: SelfCheckMessageKey;
  /** Ordered steps shown under the headline. */
  readonly guidanceKeys: readonly SelfCheckMessageKey[];
  /**
   * True for every §11 row except pregnancy, which §11 marks as urgent clinician contact (a [DESIGN] row),
   * not an emergency. Only these flags make care-intensity rule 1 ("Emergency now") fire.
   */
  readonly isEmergency: boolean;
  /** Research sources for the question's facts; empty for our own [DESIGN] safety rule (pregnancy). */
  readonly sourceIds: readonly SelfCheckSourceId[];
}

/** A red flag the person answered yes to. */
export type RedFlag = RedFlagQuestion;

export interface RedFlagEvaluation {
  /** Positive flags, most urgent action first; ties keep the question order. */
  readonly flags: readonly RedFlag[];
  readonly mostUrgentAction: RedFlagAction | null;
  /** True when any positive flag is an emergency (everything but pregnancy). */
  readonly isEmergency: boolean;
}

/**
 * The red-flag questions, asked before anything else and in this order.
 *
 * @see Clinical reference §11 "Red flags needing emergency care" (UIC Drug Information Group FAQ, Aug 2023;
 *   LiverTox cases 8332 and 6972; 988, SAMHSA and HRSA Poison Help pages)
 */
export const RED_FLAG_QUESTIONS: readonly RedFlagQuestion[] = [
  {
    id: 'breathing-or-hard-to-wake',
    labelKey: 'selfCheck.redFlag.breathing.label',
    action: 'call-911',
    actionKey: 'selfCheck.redFlag.action.call911',
    guidanceKeys: [
      'selfCheck.redFlag.breathing.naloxone',
      'selfCheck.redFlag.guidance.stayWithThem',
      'selfCheck.redFlag.breathing.thenPoisonHelp',
    ],
    isEmergency: true,
    sourceIds: ['uic-dig-2023'],
  },
  {
    id: 'seizure',
    labelKey: 'selfCheck.redFlag.seizure.label',
    action: 'call-911',
    actionKey: 'selfCheck.redFlag.action.call911',
    guidanceKeys: ['selfCheck.redFlag.guidance.stayWithThem'],
    isEmergency: true,
    sourceIds: ['uic-dig-2023'],
  },
  {
    id: 'chest-pain-fainting-breathless',
    labelKey: 'selfCheck.redFlag.chest.label',
    action: 'call-911',
    actionKey: 'selfCheck.redFlag.action.call911',
    guidanceKeys: ['selfCheck.redFlag.guidance.doNotDrive'],
    isEmergency: true,
    sourceIds: ['uic-dig-2023'],
  },
  {
    id: 'sedative-mix-very-drowsy',
    labelKey: 'selfCheck.redFlag.sedativeMix.label',
    hintKey: 'selfCheck.redFlag.sedativeMix.hint',
    action: 'call-911',
    actionKey: 'selfCheck.redFlag.action.call911',
    guidanceKeys: ['selfCheck.redFlag.breathing.naloxone', 'selfCheck.redFlag.guidance.stayWithThem'],
    isEmergency: true,
    sourceIds: ['uic-dig-2023'],
  },
  {
    id: 'suicidal-thoughts',
    labelKey: 'selfCheck.redFlag.suicide.label',
    action: 'call-988',
    actionKey: 'selfCheck.redFlag.action.call988',
    guidanceKeys: ['selfCheck.redFlag.suicide.reachOut', 'selfCheck.redFlag.suicide.planMeans911'],
    isEmergency: true,
    sourceIds: ['crisis-lines'],
  },
  {
    id: 'suicide-plan-intent-means',
    labelKey: 'selfCheck.redFlag.suicidePlan.label',
    askOnlyIf: 'suicidal-thoughts',
    action: 'call-911',
    actionKey: 'selfCheck.redFlag.action.call911',
    guidanceKeys: ['selfCheck.redFlag.suicidePlan.also988', 'selfCheck.redFlag.suicidePlan.notAlone'],
    isEmergency: true,
    sourceIds: ['crisis-lines'],
  },
  {
    id: 'liver-warning-signs',
    labelKey: 'selfCheck.redFlag.liver.label',
    action: 'urgent-care-same-day',
    actionKey: 'selfCheck.redFlag.action.urgentCareSameDay',
    guidanceKeys: ['selfCheck.redFlag.liver.askForLiverTests', 'selfCheck.redFlag.guidance.sayYouUseKratom'],
    isEmergency: true,
    sourceIds: ['livertox-kratom', 'schimmel-dart-2020'],
  },
  {
    id: 'withdrawal-fluids-or-confusion',
    labelKey: 'selfCheck.redFlag.fluidsConfusion.label',
    action: 'urgent-care-ed',
    actionKey: 'selfCheck.redFlag.action.urgentCareEd',
    guidanceKeys: ['selfCheck.redFlag.guidance.sayYouUseKratom', 'selfCheck.redFlag.guidance.doNotDrive'],
    isEmergency: true,
    sourceIds: ['uic-dig-2023'],
  },
  {
    id: 'pregnant',
    labelKey: 'selfCheck.redFlag.pregnant.label',
    action: 'contact-clinician-urgently',
    actionKey: 'selfCheck.redFlag.action.contactClinicianUrgently',
    guidanceKeys: ['selfCheck.redFlag.pregnant.doNotStopSuddenly', 'selfCheck.redFlag.guidance.sayYouUseKratom'],
    isEmergency: false,
    sourceIds: [],
  },
];

const actionRank = (action: RedFlagAction): number => RED_FLAG_ACTION_ORDER.indexOf(action);

/**
 * Turns the yes/no answers into the red flags to show first, most urgent first.
 *
 * Unanswered questions count as "no". A "yes" to the plan/intent/means follow-up counts even if the
 * suicide question itself was not answered yes: a plan is never ignored.
 *
 * @param answers - Yes (true) or no (false) per red-flag id; missing ids are treated as no.
 * @returns The positive flags (most urgent action first), the most urgent action or null, and whether any
 *   flag is an emergency (all but pregnancy).
 * @see Clinical reference §11 "Implement as" table and test vectors E1, E3, E4
 * @example
 * evaluateRedFlags({ 'liver-warning-signs': true }).mostUrgentAction // => 'urgent-care-same-day'
 */
export function evaluateRedFlags(answers: Partial<Record<RedFlagId, boolean>>): RedFlagEvaluation {
  const flags = RED_FLAG_QUESTIONS.map((question, index) => ({ question, index }))
    .filter(({ question }) => answers[question.id] === true)
    .sort((a, b) => actionRank(a.question.action) - actionRank(b.question.action) || a.index - b.index)
    .map(({ question }) => question);
  return {
    flags,
    mostUrgentAction: flags[0]?.action ?? null,
    isEmergency: flags.some((flag) => flag.isEmergency),
  };
}
