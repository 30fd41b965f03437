import { INSTRUMENTS } from '../instruments/instrument-registry.js';
import { readSafetyFlags } from '../instruments/safety-flags.js';
import { CRISIS_RESOURCES } from './crisis-resources.js';
import { RED_FLAG_IDS, evaluateRedFlags, type RedFlagId } from './red-flags.js';
import type { SelfCheckAlert, SelfCheckSafety } from './self-check-evaluation.js';
import type { SelfCheckMessageKey } from './self-check.messages.en.js';

const LIFELINE_FLAGS: ReadonlySet<RedFlagId> = new Set(['suicidal-thoughts', 'suicide-plan-intent-means']);

/** Only a literal `true` is a yes: a stray value from storage or a form never raises or hides a flag by accident. */
function yesAnswers(answers: unknown): Partial<Record<RedFlagId, boolean>> {
  const yes: Partial<Record<RedFlagId, boolean>> = {};
  if (typeof answers === 'object' && answers !== null) {
    for (const id of RED_FLAG_IDS) {
      if ((answers as Readonly<Record<string, unknown>>)[id] === true) {
        yes[id] = true;
      }
    }
  }
  return yes;
}

/**
 * The safety part of the result: red flags, the PHQ-9 item-9 alert and crisis help. It depends on nothing
 * else, so a missing or invalid answer anywhere else cannot remove it (REFERENCE C.4.4). PHQ-9 item 9 above
 * 0 counts as a yes to the suicidal-thoughts red flag: 988 is shown at once, whatever the band, also when
 * the PHQ-9 screen was skipped after item 9 was answered.
 *
 * @param redFlagAnswers - The red-flag answers; only `true` counts as yes.
 * @param phq9Answers - The PHQ-9 answers as given (also when the screen was skipped); the PHQ-9 scorer reads
 *   item 9 from whatever can be read, so the item-9 rule lives only there.
 * @returns Flags (most urgent first), the item-9 alert, the 988 card's messages and the clinician alerts.
 * @see Clinical reference §11 (red flags before any score; vector E2: item 9 = 2, total 11 → 988 whatever
 *   the band), §5 (PHQ-9 item-9 alert), Appendix C.4.4 (flags survive bad input)
 * @example evaluateSafety({}, { selfHarmThoughts: 1, sleep: 9 }).show988 // => true
 */
export function evaluateSafety(redFlagAnswers: unknown, phq9Answers: unknown): SelfCheckSafety {
  const answered = yesAnswers(redFlagAnswers);
  const phq9Item9 = readSafetyFlags(INSTRUMENTS.phq9, phq9Answers).includes('suicidal-ideation');
  const suicidalThoughtsAnswered = answered['suicidal-thoughts'] === true;
  const redFlags = evaluateRedFlags(phq9Item9 ? { ...answered, 'suicidal-thoughts': true } : answered);
  const show988 = redFlags.flags.some((flag) => LIFELINE_FLAGS.has(flag.id));
  // A 988 flag raised only by item 9 is explained by the PHQ-9 notice, not by a question never answered yes.
  const answeredLifelineGuidance = redFlags.flags
    .filter((flag) => flag.action === 'call-988' && answered[flag.id] === true)
    .flatMap((flag) => flag.guidanceKeys);
  const lifelineMessageKeys: SelfCheckMessageKey[] = show988
    ? [
        ...new Set<SelfCheckMessageKey>([
          ...(phq9Item9 ? (['selfCheck.crisis.notice.phq9Item9'] as const) : []),
          ...answeredLifelineGuidance,
          'selfCheck.crisis.notice.tellSomeone',
        ]),
      ]
    : [];
  const alerts: SelfCheckAlert[] = [
    ...(phq9Item9 ? [{ kind: 'phq9-item9', textKey: 'selfCheck.alert.phq9Item9' } as const] : []),
    ...redFlags.flags.filter((flag) => answered[flag.id] === true).map((flag) => ({ kind: 'red-flag', flag }) as const),
  ];
  return {
    redFlags,
    acknowledgeFirst: redFlags.isEmergency,
    phq9Item9,
    suicidalThoughtsAnswered,
    show988,
    lifelineMessageKeys,
    emergencyFlags: show988 ? redFlags.flags.filter((flag) => flag.action !== 'call-988') : redFlags.flags,
    alerts,
    crisisResources: CRISIS_RESOURCES,
  };
}
