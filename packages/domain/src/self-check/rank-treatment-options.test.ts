import { describe, expect, it } from 'vitest';
import { suggestCareIntensity, type CareIntensityInput } from './care-intensity.js';
import { rankTreatmentOptions } from './rank-treatment-options.js';
import type { SelfCheckFacts } from './self-check-facts.js';
import type { UsePatternSummary } from './use-pattern.js';

const USE: UsePatternSummary = {
  dailyGrams: null,
  dosesPerDay: 1,
  hoursSinceLastDose: null,
  isHighPotency: false,
  depressantCoUse: [],
  alcoholOrBenzoWithdrawalRisk: false,
  withdrawalRiskSubstances: [],
  dailyOtherOpioidUse: false,
  usesKavaTonic: false,
  isDailyUse: false,
};

const CARE_BASE: CareIntensityInput = {
  redFlagIds: [],
  kudSeverity: 'none',
  kudCriteriaCount: 0,
  alcoholOrBenzoWithdrawalRisk: false,
  usesHighPotencyProducts: false,
  wantsToChange: false,
};

/** Facts as evaluateSelfCheck derives them, with the care rule run on the same answers. */
function facts(care: Partial<CareIntensityInput>, use: Partial<UsePatternSummary> = {}): SelfCheckFacts {
  const input = { ...CARE_BASE, ...care };
  return {
    care: suggestCareIntensity(input),
    kudSeverity: input.kudSeverity,
    withdrawalSign: input.meetsWithdrawalCriterion === true,
    usePattern: { ...USE, ...use },
    hasEmergencyFlag: input.redFlagIds.some((id) => id !== 'pregnant'),
    isPregnant: input.redFlagIds.includes('pregnant'),
    wantsToChange: input.wantsToChange,
  };
}

const ids = (f: SelfCheckFacts): string[] => rankTreatmentOptions(f).map((option) => option.id);

describe('rankTreatmentOptions', () => {
  it('H: inpatient first, explained by the facts that fired rule 2', () => {
    const ranked = rankTreatmentOptions(
      facts(
        { kudSeverity: 'moderate', kudCriteriaCount: 4, alcoholOrBenzoWithdrawalRisk: true },
        { alcoholOrBenzoWithdrawalRisk: true, withdrawalRiskSubstances: ['alcohol'] },
      ),
    );
    expect(ranked[0]).toMatchObject({
      id: 'inpatient',
      whyKeys: ['selfCheck.care.reason.alcoholOrBenzoWithdrawal'],
    });
    expect(ranked[1]?.id).toBe('medically-supervised-withdrawal');
    expect(ranked[1]?.whyKeys).toContain('selfCheck.treatment.why.alcoholOrBenzo');
  });

  it('M for daily other opioids (C.4.1): supervised withdrawal and buprenorphine, each saying why', () => {
    const ranked = rankTreatmentOptions(facts({ dailyOtherOpioidUse: true }, { dailyOtherOpioidUse: true }));
    expect(ranked.slice(0, 2).map((option) => [option.id, option.whyKeys])).toEqual([
      ['medically-supervised-withdrawal', ['selfCheck.treatment.why.dailyOtherOpioid']],
      ['buprenorphine-naloxone', ['selfCheck.treatment.why.dailyOtherOpioid']],
    ]);
    expect(ids(facts({ dailyOtherOpioidUse: true }, { dailyOtherOpioidUse: true }))).toContain('intensive-outpatient');
  });

  it('M with severe signs adds the day program; moderate does not', () => {
    expect(ids(facts({ kudSeverity: 'severe', kudCriteriaCount: 6 }))).toContain('partial-hospitalisation');
    expect(ids(facts({ kudSeverity: 'moderate', kudCriteriaCount: 4 }))).not.toContain('partial-hospitalisation');
  });

  it('O: outpatient first, then talking therapies; no medicine without withdrawal or 4+ signs', () => {
    const list = ids(facts({ kudSeverity: 'mild', kudCriteriaCount: 2 }));
    expect(list).toEqual(['outpatient', 'cbt', 'contingency-management', 'groups-and-peer-support']);
  });

  it('S: only what fits wanting to change', () => {
    expect(ids(facts({ kudCriteriaCount: 1, wantsToChange: true }))).toEqual([
      'outpatient',
      'cbt',
      'groups-and-peer-support',
    ]);
  });

  it('no level: one option with a plain reason, never empty and never "no suggestion"', () => {
    expect(rankTreatmentOptions(facts({}))).toMatchObject([
      { id: 'outpatient', whyKeys: ['selfCheck.treatment.why.fallback'] },
    ]);
  });

  it('E: options follow the answers under the emergency, with no level of care of their own', () => {
    const list = ids(facts({ redFlagIds: ['seizure'], kudSeverity: 'mild', kudCriteriaCount: 3 }));
    expect(list).toEqual(['cbt', 'contingency-management', 'groups-and-peer-support']);
  });
});
