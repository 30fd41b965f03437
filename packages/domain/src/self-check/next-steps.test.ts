import { describe, expect, it } from 'vitest';
import { suggestCareIntensity } from './care-intensity.js';
import { chooseNextSteps } from './next-steps.js';
import type { SelfCheckFacts } from './self-check-facts.js';
import type { UsePatternSummary } from './use-pattern.js';

const USE: UsePatternSummary = {
  dailyGrams: null,
  dosesPerDay: 2,
  hoursSinceLastDose: 20,
  isHighPotency: false,
  depressantCoUse: [],
  alcoholOrBenzoWithdrawalRisk: false,
  withdrawalRiskSubstances: [],
  dailyOtherOpioidUse: false,
  usesKavaTonic: false,
  isDailyUse: false,
};

const CARE_NONE = suggestCareIntensity({
  redFlagIds: [],
  kudSeverity: 'none',
  kudCriteriaCount: 0,
  alcoholOrBenzoWithdrawalRisk: false,
  usesHighPotencyProducts: false,
  wantsToChange: false,
});

const FACTS: SelfCheckFacts = {
  care: CARE_NONE,
  kudSeverity: 'none',
  withdrawalSign: false,
  usePattern: USE,
  hasEmergencyFlag: false,
  isPregnant: false,
  wantsToChange: false,
};

const ids = (patch: Partial<SelfCheckFacts>, use: Partial<UsePatternSummary> = {}): string[] =>
  chooseNextSteps({ ...FACTS, ...patch, usePattern: { ...USE, ...use } }).map((step) => step.id);

describe('chooseNextSteps', () => {
  it('always gives at least one step', () => {
    expect(ids({})).toEqual(['check-again-if-worried']);
  });

  it('never gives more than three, most important first', () => {
    const all = ids(
      { hasEmergencyFlag: true, isPregnant: true, withdrawalSign: true },
      { alcoholOrBenzoWithdrawalRisk: true, withdrawalRiskSubstances: ['alcohol'], isDailyUse: true },
    );
    expect(all).toEqual([
      'emergency-first',
      'pregnant-contact-clinician-today',
      'do-not-stop-alcohol-or-benzos-suddenly',
    ]);
  });

  it('C.4.2: names the substance that carries the withdrawal risk', () => {
    const key = (substances: UsePatternSummary['withdrawalRiskSubstances']): string | undefined =>
      chooseNextSteps({
        ...FACTS,
        usePattern: { ...USE, alcoholOrBenzoWithdrawalRisk: true, withdrawalRiskSubstances: substances },
      })[0]?.textKey;
    expect(key(['alcohol'])).toBe('selfCheck.nextStep.doNotStopSuddenly.alcohol');
    expect(key(['benzodiazepines-or-sedatives'])).toBe('selfCheck.nextStep.doNotStopSuddenly.benzos');
    expect(key(['benzodiazepines-or-sedatives', 'alcohol'])).toBe('selfCheck.nextStep.doNotStopSuddenly.both');
  });

  it('C.4.3: pregnancy always says "contact a clinician today" and never "make a plan" alone', () => {
    const steps = ids({ isPregnant: true, care: { ...CARE_NONE, level: 'S' } });
    expect(steps[0]).toBe('pregnant-contact-clinician-today');
  });

  it('C.4.7: asks for a liver blood test for a kava-kratom tonic at any frequency, and for daily use', () => {
    expect(ids({}, { usesKavaTonic: true, isDailyUse: false })).toContain('ask-for-liver-test');
    expect(ids({}, { isDailyUse: true })).toContain('ask-for-liver-test');
    expect(ids({}, { isDailyUse: false })).not.toContain('ask-for-liver-test');
  });

  it('suggests medicine for withdrawal for the withdrawal sign or 4 or more signs, not for 2–3 without it', () => {
    expect(ids({ withdrawalSign: true })).toContain('ask-about-withdrawal-medicine');
    expect(ids({ kudSeverity: 'moderate' })).toContain('ask-about-withdrawal-medicine');
    expect(ids({ kudSeverity: 'mild' })).not.toContain('ask-about-withdrawal-medicine');
  });

  it('asks about round-the-clock withdrawal care when the level is H', () => {
    const rule2 = suggestCareIntensity({
      redFlagIds: [],
      kudSeverity: 'mild',
      kudCriteriaCount: 2,
      alcoholOrBenzoWithdrawalRisk: false,
      hasNoSafePlaceToWithdraw: true,
      usesHighPotencyProducts: false,
      wantsToChange: true,
    });
    expect(ids({ care: rule2, kudSeverity: 'mild' })[0]).toBe('ask-about-round-the-clock-care');
    expect(ids({ care: { ...rule2, level: 'M' } })).not.toContain('ask-about-round-the-clock-care');
  });

  it('C.4.1: tells a doctor about daily heroin, fentanyl or non-prescribed pills', () => {
    expect(ids({}, { dailyOtherOpioidUse: true })).toContain('tell-doctor-about-opioids');
  });
});
