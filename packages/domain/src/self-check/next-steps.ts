import type { SelfCheckFacts } from './self-check-facts.js';
import type { SelfCheckMessageKey } from './self-check.messages.en.js';

export type NextStepId =
  | 'emergency-first'
  | 'pregnant-contact-clinician-today'
  | 'do-not-stop-alcohol-or-benzos-suddenly'
  | 'ask-about-round-the-clock-care'
  | 'ask-about-withdrawal-medicine'
  | 'tell-doctor-about-opioids'
  | 'tell-doctor-about-strong-products'
  | 'ask-for-liver-test'
  | 'talk-to-counselor'
  | 'make-a-plan-and-check-in'
  | 'check-again-if-worried';

/** One short thing to do, chosen for this person's answers. */
export interface NextStep {
  readonly id: NextStepId;
  readonly textKey: SelfCheckMessageKey;
}

const MAX_STEPS = 3;

/** The wording names exactly the substances the person told us about. */
function doNotStopSuddenlyKey(facts: SelfCheckFacts): SelfCheckMessageKey {
  const substances = facts.usePattern.withdrawalRiskSubstances;
  const alcohol = substances.includes('alcohol');
  const benzos = substances.includes('benzodiazepines-or-sedatives');
  if (alcohol && benzos) {
    return 'selfCheck.nextStep.doNotStopSuddenly.both';
  }
  return alcohol ? 'selfCheck.nextStep.doNotStopSuddenly.alcohol' : 'selfCheck.nextStep.doNotStopSuddenly.benzos';
}

/**
 * Candidate steps, most important first. Each is offered when its facts hold; the first three that apply
 * make the summary card. Safety comes first, then what must not be done alone, then what to ask for.
 */
const CANDIDATES: readonly ((facts: SelfCheckFacts) => NextStep | false)[] = [
  (f) => f.hasEmergencyFlag && { id: 'emergency-first', textKey: 'selfCheck.nextStep.emergencyFirst' },
  (f) => f.isPregnant && { id: 'pregnant-contact-clinician-today', textKey: 'selfCheck.nextStep.pregnant' },
  (f) =>
    f.usePattern.alcoholOrBenzoWithdrawalRisk && {
      id: 'do-not-stop-alcohol-or-benzos-suddenly',
      textKey: doNotStopSuddenlyKey(f),
    },
  (f) =>
    f.care.level === 'H' && { id: 'ask-about-round-the-clock-care', textKey: 'selfCheck.nextStep.roundTheClockCare' },
  (f) =>
    (f.withdrawalSign || f.kudSeverity === 'moderate' || f.kudSeverity === 'severe') && {
      id: 'ask-about-withdrawal-medicine',
      textKey: 'selfCheck.nextStep.withdrawalMedicine',
    },
  (f) => f.usePattern.dailyOtherOpioidUse && { id: 'tell-doctor-about-opioids', textKey: 'selfCheck.nextStep.opioids' },
  (f) =>
    f.usePattern.isHighPotency && {
      id: 'tell-doctor-about-strong-products',
      textKey: 'selfCheck.nextStep.strongProducts',
    },
  (f) =>
    (f.usePattern.isDailyUse || f.usePattern.usesKavaTonic) && {
      id: 'ask-for-liver-test',
      textKey: 'selfCheck.nextStep.liverTest',
    },
  (f) =>
    (f.care.level === 'O' || f.kudSeverity === 'mild') && {
      id: 'talk-to-counselor',
      textKey: 'selfCheck.nextStep.counselor',
    },
  (f) => f.care.level === 'S' && { id: 'make-a-plan-and-check-in', textKey: 'selfCheck.nextStep.planAndCheckIn' },
];

const FALLBACK: NextStep = { id: 'check-again-if-worried', textKey: 'selfCheck.nextStep.checkAgain' };

/**
 * Chooses one to three next steps for the summary card from the person's answers.
 *
 * Order: emergency help first; pregnancy ("contact a clinician today", never advice to taper alone); not
 * stopping alcohol or benzodiazepines suddenly; withdrawal care with staff day and night (level H); medicine
 * for withdrawal; telling a doctor about other
 * opioids or strong products; a liver blood test for daily use or any kava-kratom tonic; counseling; a
 * plan with check-ins. When nothing else applies: check again, or talk to a doctor if worried.
 *
 * @param facts - The facts derived from the answers.
 * @returns One to three steps, most important first.
 * @see Clinical reference Appendix C.4.2 (say plainly not to stop alcohol or benzodiazepines suddenly),
 *   C.4.3 (pregnancy: contact a clinician today), C.4.7 (kava-kratom tonics: liver note at any frequency);
 *   §7 (buprenorphine and other medicines for kratom withdrawal: Weiss & Douglas 2021; McWhirter & Morris
 *   2010; Galbis-Reig 2016); §6 (7-OH and concentrates: tell the clinician); §8 (liver injury)
 * @example chooseNextSteps(factsWithDailyAlcoholShakes).map((s) => s.id)
 *   // => ['do-not-stop-alcohol-or-benzos-suddenly', ...]
 */
export function chooseNextSteps(facts: SelfCheckFacts): readonly NextStep[] {
  const steps = CANDIDATES.map((candidate) => candidate(facts))
    .filter((step): step is NextStep => step !== false)
    .slice(0, MAX_STEPS);
  return steps.length === 0 ? [FALLBACK] : steps;
}
