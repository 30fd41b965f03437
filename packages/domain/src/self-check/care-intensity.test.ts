import { describe, expect, it } from 'vitest';
import { suggestCareIntensity, type CareIntensityInput } from './care-intensity.js';

/** Fictional baseline: no red flags, no criteria, no withdrawal, no wish to change. */
const BASE: CareIntensityInput = {
  redFlagIds: [],
  kudSeverity: 'none',
  kudCriteriaCount: 0,
  alcoholOrBenzoWithdrawalRisk: false,
  usesHighPotencyProducts: false,
  wantsToChange: false,
};

const levelOf = (input: Partial<CareIntensityInput>): [string | null, number | null] => {
  const suggestion = suggestCareIntensity({ ...BASE, ...input });
  return [suggestion.level, suggestion.ruleNumber];
};

describe('suggestCareIntensity: reference vectors N1–N6', () => {
  it('N1: a seizure today suggests E by rule 1', () => {
    const suggestion = suggestCareIntensity({ ...BASE, redFlagIds: ['seizure'] });
    expect([suggestion.level, suggestion.ruleNumber]).toEqual(['E', 1]);
    expect(suggestion.reasonKeys).toEqual(['selfCheck.care.reason.redFlag']);
    expect(suggestion.levelKey).toBe('selfCheck.care.level.E.label');
  });

  it('N2: severe KUD with COWS 27 suggests H by rule 2', () => {
    const suggestion = suggestCareIntensity({ ...BASE, kudSeverity: 'severe', kudCriteriaCount: 7, cowsTotal: 27 });
    expect([suggestion.level, suggestion.ruleNumber]).toEqual(['H', 2]);
    expect(suggestion.reasonKeys).toEqual(['selfCheck.care.reason.cowsSevere']);
  });

  it('N3: moderate KUD, COWS 9 and daily alcohol with morning tremor suggests H by rule 2', () => {
    const suggestion = suggestCareIntensity({
      ...BASE,
      kudSeverity: 'moderate',
      kudCriteriaCount: 4,
      cowsTotal: 9,
      alcoholOrBenzoWithdrawalRisk: true,
    });
    expect([suggestion.level, suggestion.ruleNumber]).toEqual(['H', 2]);
    expect(suggestion.reasonKeys).toEqual(['selfCheck.care.reason.alcoholOrBenzoWithdrawal']);
  });

  it('N4: moderate KUD, COWS 8 and stable housing suggests M by rule 3', () => {
    const suggestion = suggestCareIntensity({
      ...BASE,
      kudSeverity: 'moderate',
      kudCriteriaCount: 5,
      cowsTotal: 8,
      hasNoSafePlaceToWithdraw: false,
    });
    expect([suggestion.level, suggestion.ruleNumber]).toEqual(['M', 3]);
    expect(suggestion.reasonKeys).toEqual([
      'selfCheck.care.reason.kudModerateSevere',
      'selfCheck.care.reason.cowsWithdrawal',
    ]);
  });

  it('N5: mild KUD (2 criteria), COWS 2, leaf only suggests O by rule 4', () => {
    expect(levelOf({ kudSeverity: 'mild', kudCriteriaCount: 2, cowsTotal: 2 })).toEqual(['O', 4]);
  });

  it('N6: 1 criterion and wanting to cut down suggests S by rule 5', () => {
    const suggestion = suggestCareIntensity({ ...BASE, kudCriteriaCount: 1, wantsToChange: true });
    expect([suggestion.level, suggestion.ruleNumber]).toEqual(['S', 5]);
    expect(suggestion.ruleKey).toBe('selfCheck.care.rule.5');
  });
});

describe('suggestCareIntensity: rules and their order', () => {
  it('suggests no level, and says so, when no rule matches', () => {
    const suggestion = suggestCareIntensity({ ...BASE, kudCriteriaCount: 1 });
    expect(suggestion).toMatchObject({
      level: null,
      ruleNumber: null,
      levelKey: 'selfCheck.care.level.none.label',
      ruleKey: 'selfCheck.care.rule.none',
      reasonKeys: [],
      discussWithClinicianKey: 'selfCheck.care.discussWithClinician',
    });
  });

  it('lets a red flag win over every other rule', () => {
    expect(
      levelOf({
        redFlagIds: ['liver-warning-signs'],
        kudSeverity: 'severe',
        kudCriteriaCount: 8,
        cowsTotal: 30,
        alcoholOrBenzoWithdrawalRisk: true,
        usesHighPotencyProducts: true,
      }),
    ).toEqual(['E', 1]);
  });

  it('lets rule 2 win over rule 3', () => {
    expect(levelOf({ kudSeverity: 'severe', kudCriteriaCount: 6, hasNoSafePlaceToWithdraw: true })).toEqual(['H', 2]);
  });

  it('lets rule 3 win over rule 4 when mild KUD comes with withdrawal', () => {
    expect(levelOf({ kudSeverity: 'mild', kudCriteriaCount: 3, cowsTotal: 5 })).toEqual(['M', 3]);
  });

  it('lets rule 3 win over rule 5 for 7-OH use with few criteria', () => {
    expect(levelOf({ kudCriteriaCount: 0, usesHighPotencyProducts: true, wantsToChange: true })).toEqual(['M', 3]);
  });

  it('does not count pregnancy alone as a red flag for rule 1, and never leaves it below M (C.4.3)', () => {
    // Before issue 9 this was O by rule 4: counselling only, with no medical care, for a pregnant person.
    const mild = suggestCareIntensity({ ...BASE, redFlagIds: ['pregnant'], kudSeverity: 'mild', kudCriteriaCount: 2 });
    expect([mild.level, mild.ruleNumber, mild.reasonKeys]).toEqual(['M', 3, ['selfCheck.care.reason.pregnant']]);
    // Rule 5 would be self-management, i.e. advice to taper alone: never for pregnancy.
    expect(levelOf({ redFlagIds: ['pregnant'], wantsToChange: true })).toEqual(['M', 3]);
    expect(levelOf({ redFlagIds: ['pregnant'] })).toEqual(['M', 3]);
  });

  it('C.4.1: daily use of another opioid gives at least M whatever the criteria count', () => {
    for (const count of [0, 1, 2, 3]) {
      const severity = count >= 2 ? 'mild' : 'none';
      const suggestion = suggestCareIntensity({
        ...BASE,
        kudSeverity: severity,
        kudCriteriaCount: count,
        wantsToChange: true,
        dailyOtherOpioidUse: true,
      });
      expect([suggestion.level, suggestion.ruleNumber], `${count} criteria`).toEqual(['M', 3]);
      expect(suggestion.reasonKeys).toContain('selfCheck.care.reason.dailyOtherOpioid');
    }
    // At least M: a higher rule still wins.
    expect(levelOf({ dailyOtherOpioidUse: true, alcoholOrBenzoWithdrawalRisk: true })).toEqual(['H', 2]);
    expect(levelOf({ dailyOtherOpioidUse: true, redFlagIds: ['seizure'] })).toEqual(['E', 1]);
    expect(levelOf({ dailyOtherOpioidUse: false, wantsToChange: true })).toEqual(['S', 5]);
  });

  it('suggests H for pregnancy with withdrawal, by COWS or by the DSM-5 withdrawal criterion', () => {
    const byCows = suggestCareIntensity({ ...BASE, redFlagIds: ['pregnant'], cowsTotal: 6 });
    expect([byCows.level, byCows.ruleNumber, byCows.reasonKeys]).toEqual([
      'H',
      2,
      ['selfCheck.care.reason.pregnantWithWithdrawal'],
    ]);
    expect(levelOf({ redFlagIds: ['pregnant'], meetsWithdrawalCriterion: true })).toEqual(['H', 2]);
  });

  it('suggests H when fluids cannot be kept down for more than 24 hours', () => {
    expect(levelOf({ cannotKeepFluidsDown: true })).toEqual(['H', 2]);
  });

  it.each([
    [4, ['O', 4]],
    [5, ['M', 3]],
    [24, ['M', 3]],
    [25, ['H', 2]],
  ] as const)('treats COWS %i with mild KUD as %j', (cowsTotal, expected) => {
    expect(levelOf({ kudSeverity: 'mild', kudCriteriaCount: 2, cowsTotal })).toEqual(expected);
  });

  it('uses the DSM-5 withdrawal criterion when there is no COWS total', () => {
    const suggestion = suggestCareIntensity({
      ...BASE,
      kudSeverity: 'mild',
      kudCriteriaCount: 2,
      meetsWithdrawalCriterion: true,
    });
    expect([suggestion.level, suggestion.reasonKeys]).toEqual(['M', ['selfCheck.care.reason.withdrawalCriterion']]);
  });

  it('lets a clinician-rated COWS total decide over the self-reported criterion', () => {
    expect(levelOf({ kudSeverity: 'mild', kudCriteriaCount: 2, cowsTotal: 2, meetsWithdrawalCriterion: true })).toEqual(
      ['O', 4],
    );
  });

  it('lists every fact that fired the rule', () => {
    const suggestion = suggestCareIntensity({
      ...BASE,
      kudSeverity: 'severe',
      kudCriteriaCount: 9,
      cowsTotal: 40,
      alcoholOrBenzoWithdrawalRisk: true,
      hasNoSafePlaceToWithdraw: true,
    });
    expect(suggestion.reasonKeys).toEqual([
      'selfCheck.care.reason.alcoholOrBenzoWithdrawal',
      'selfCheck.care.reason.cowsSevere',
      'selfCheck.care.reason.noSafePlace',
    ]);
  });

  it('does not suggest self-management when the person does not want to change', () => {
    expect(levelOf({ kudCriteriaCount: 0, wantsToChange: false })).toEqual([null, null]);
  });

  it('always carries the discuss-with-a-clinician note and the rules version', () => {
    const suggestion = suggestCareIntensity({ ...BASE, redFlagIds: ['seizure'] });
    expect(suggestion.discussWithClinicianKey).toBe('selfCheck.care.discussWithClinician');
    expect(suggestion.rulesVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('suggestCareIntensity: wiring errors', () => {
  it.each([
    { kudCriteriaCount: -1 },
    { kudCriteriaCount: 12 },
    { kudCriteriaCount: 2.5 },
    { cowsTotal: 49 },
    { cowsTotal: -1 },
  ])('throws a RangeError for %j', (bad) => {
    expect(() => suggestCareIntensity({ ...BASE, ...bad })).toThrow(RangeError);
  });

  it('throws when the severity does not match the number of criteria', () => {
    expect(() => suggestCareIntensity({ ...BASE, kudSeverity: 'moderate', kudCriteriaCount: 2 })).toThrow(RangeError);
  });
});
