import { describe, expect, it } from 'vitest';
import { buildSelfCheckResult, type SelfCheckInput } from './self-check-result.js';
import { TREATMENT_OPTIONS } from './treatment-options.js';

const AT = new Date('2025-03-01T12:00:00Z');

/** Fictional: Jordan Sampleton, daily leaf powder, mild KUD, last dose 30 hours ago, no red flags. */
const JORDAN: SelfCheckInput = {
  redFlagAnswers: { 'breathing-or-hard-to-wake': false, seizure: false, pregnant: false },
  usePattern: {
    productForms: ['leaf-powder'],
    amountPerDose: 2,
    doseUnit: 'g',
    dosesPerDay: 3,
    useFrequency: 'daily',
    useDuration: '6-12-months',
    lastDose: '2025-02-28T06:00:00Z',
    wantsToCutDownOrStop: 'yes',
    otherSubstances: [],
  },
  kud: { criteriaCount: 3, severity: 'mild', meetsWithdrawalCriterion: false },
  sowsTotal: 12,
};

describe('buildSelfCheckResult', () => {
  it('builds a mild path: severity, withdrawal timeline, liver note, care level O and next steps', () => {
    const result = buildSelfCheckResult(JORDAN, AT);
    expect(result.redFlags.flags).toEqual([]);
    expect(result.acknowledgeRedFlagsFirst).toBe(false);
    expect(result.kud).toEqual({ count: 3, severity: 'mild', meaningKey: 'selfCheck.kud.consider.mild' });
    expect(result.usePattern.dailyGrams).toBe(6);
    expect(result.withdrawalCourse.phase).toBe('onset-window');
    expect(result.withdrawalCourse.hoursSinceLastDose).toBe(30);
    expect(result.withdrawalSelfRating).toEqual({ sowsTotal: 12, noteKey: 'selfCheck.sows.rawScoreNote' });
    expect(result.riskNotes.map((note) => note.id)).toEqual(['liver-warning-signs']);
    expect([result.careIntensity.level, result.careIntensity.ruleNumber]).toEqual(['O', 4]);
    expect(result.crisis).toEqual({ show988: false, noticeKeys: [] });
    expect(result.treatmentOptions).toBe(TREATMENT_OPTIONS);
    expect(result.usePatternIssues).toEqual([]);
  });

  it('E1: puts the 911 action first and asks for acknowledgement before scores', () => {
    const result = buildSelfCheckResult({ ...JORDAN, redFlagAnswers: { 'breathing-or-hard-to-wake': true } }, AT);
    expect(result.redFlags.mostUrgentAction).toBe('call-911');
    expect(result.redFlags.flags[0]?.guidanceKeys).toContain('selfCheck.redFlag.breathing.naloxone');
    expect(result.acknowledgeRedFlagsFirst).toBe(true);
    expect(result.careIntensity.level).toBe('E');
  });

  it('E2: PHQ-9 item 9 = 2 with total 11 shows 988 at once, whatever the moderate band', () => {
    const result = buildSelfCheckResult(
      { ...JORDAN, phq9: { total: 11, bandId: 'moderate', suicidalIdeation: true } },
      AT,
    );
    expect(result.crisis.show988).toBe(true);
    expect(result.crisis.noticeKeys).toEqual([
      'selfCheck.crisis.notice.phq9Item9',
      'selfCheck.crisis.notice.tellSomeone',
    ]);
    expect(result.redFlags.mostUrgentAction).toBe('call-988');
    expect(result.mood.phq9).toEqual({ total: 11, bandId: 'moderate', suicidalIdeation: true });
    expect([result.careIntensity.level, result.careIntensity.ruleNumber]).toEqual(['E', 1]);
  });

  it('shows 988 for a yes to the suicide red-flag question even when PHQ-9 was skipped', () => {
    const result = buildSelfCheckResult({ ...JORDAN, redFlagAnswers: { 'suicidal-thoughts': true } }, AT);
    expect(result.crisis.show988).toBe(true);
    expect(result.crisis.noticeKeys).toEqual(['selfCheck.crisis.notice.tellSomeone']);
    expect(result.mood).toEqual({});
  });

  it('does not show 988 for a PHQ-9 without the suicidal-ideation flag, even in the severe band', () => {
    const result = buildSelfCheckResult(
      {
        ...JORDAN,
        phq9: { total: 22, bandId: 'severe', suicidalIdeation: false },
        gad7: { total: 16, bandId: 'severe' },
      },
      AT,
    );
    expect(result.crisis.show988).toBe(false);
    expect(result.mood.gad7).toEqual({ total: 16, bandId: 'severe' });
  });

  it('E3: yellow eyes alone gives same-day care first without hiding that it is urgent', () => {
    const result = buildSelfCheckResult({ ...JORDAN, redFlagAnswers: { 'liver-warning-signs': true } }, AT);
    expect(result.redFlags.mostUrgentAction).toBe('urgent-care-same-day');
    expect(result.acknowledgeRedFlagsFirst).toBe(true);
  });

  it('E4: 7-OH with alprazolam and very sleepy calls 911, with the potency and breathing notes', () => {
    const result = buildSelfCheckResult(
      {
        ...JORDAN,
        redFlagAnswers: { 'sedative-mix-very-drowsy': true },
        usePattern: {
          ...JORDAN.usePattern,
          productForms: ['7-oh-product'],
          amountPerDose: 1,
          doseUnit: 'tablet',
          dosesPerDay: 1,
          otherSubstances: [{ substance: 'benzodiazepines-or-sedatives', frequency: 'weekly' }],
        },
      },
      AT,
    );
    expect(result.redFlags.mostUrgentAction).toBe('call-911');
    expect(result.riskNotes.map((note) => note.id)).toEqual([
      'high-potency',
      'depressant-co-use',
      'liver-warning-signs',
    ]);
  });

  it('feeds pregnancy with the withdrawal criterion into rule 2 rather than rule 1', () => {
    const result = buildSelfCheckResult(
      {
        ...JORDAN,
        redFlagAnswers: { pregnant: true },
        kud: { criteriaCount: 3, severity: 'mild', meetsWithdrawalCriterion: true },
      },
      AT,
    );
    expect(result.redFlags.mostUrgentAction).toBe('contact-clinician-urgently');
    expect(result.acknowledgeRedFlagsFirst).toBe(false);
    expect([result.careIntensity.level, result.careIntensity.ruleNumber]).toEqual(['H', 2]);
  });

  it('passes alcohol withdrawal risk and "no safe place" through to the care-intensity rules', () => {
    const alcohol = buildSelfCheckResult(
      {
        ...JORDAN,
        usePattern: {
          ...JORDAN.usePattern,
          otherSubstances: [{ substance: 'alcohol', frequency: 'daily', shakyWhenGoingWithout: true }],
        },
      },
      AT,
    );
    expect(alcohol.careIntensity.reasonKeys).toEqual(['selfCheck.care.reason.alcoholOrBenzoWithdrawal']);
    const noPlace = buildSelfCheckResult({ ...JORDAN, hasNoSafePlaceToWithdraw: true }, AT);
    expect(noPlace.careIntensity.reasonKeys).toEqual(['selfCheck.care.reason.noSafePlace']);
  });

  it('suggests self-management for few criteria only when the person wants to change', () => {
    const few = { ...JORDAN, kud: { criteriaCount: 1, severity: 'none', meetsWithdrawalCriterion: false } } as const;
    expect(buildSelfCheckResult(few, AT).careIntensity.level).toBe('S');
    const notSure = { ...few, usePattern: { ...few.usePattern, wantsToCutDownOrStop: 'not-sure' } } as const;
    expect(buildSelfCheckResult(notSure, AT).careIntensity.level).toBeNull();
  });

  it('gives an unknown timeline and no SOWS rating when the last dose and SOWS are not given', () => {
    const result = buildSelfCheckResult(
      {
        redFlagAnswers: JORDAN.redFlagAnswers,
        kud: JORDAN.kud,
        usePattern: { ...JORDAN.usePattern, lastDose: 'not-sure' },
      },
      AT,
    );
    expect(result.withdrawalCourse.phase).toBe('unknown');
    expect(result.withdrawalSelfRating).toBeNull();
  });

  it('returns the use-pattern issues so the page can send the person back to fix them', () => {
    const result = buildSelfCheckResult(
      { ...JORDAN, usePattern: { ...JORDAN.usePattern, lastDose: '2025-03-02T00:00:00Z' } },
      AT,
    );
    expect(result.usePatternIssues.map((issue) => issue.field)).toEqual(['lastDose']);
    expect(result.withdrawalCourse.phase).toBe('unknown');
  });

  it.each([
    { sowsTotal: 65 },
    { phq9: { total: 28, bandId: 'severe', suicidalIdeation: false } },
    { gad7: { total: -1, bandId: 'minimal' } },
  ] as const)('throws a RangeError for an out-of-range score %j', (bad) => {
    expect(() => buildSelfCheckResult({ ...JORDAN, ...bad }, AT)).toThrow(RangeError);
  });
});
