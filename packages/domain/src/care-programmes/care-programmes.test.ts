import { describe, expect, it } from 'vitest';
import { DSM5_KUD_DEFINITION } from '../instruments/dsm5-kud/dsm5-kud.items.js';
import { scoreDsm5Kud } from '../instruments/dsm5-kud/dsm5-kud.js';
import type { ScoreResult } from '../instruments/score-result.js';
import { suggestCareIntensity } from '../self-check/care-intensity.js';
import { SELF_CHECK_MESSAGES_EN } from '../self-check/self-check.messages.en.js';
import { careIntensityDecision } from './care-intensity-decision.js';
import { CARE_PROGRAMMES_MESSAGES_EN } from './care-programmes.messages.en.js';
import { CARE_PROGRAMMES, programmesForLevel } from './care-programmes.js';
import { suggestChartCareIntensity, type ChartCareIntensityFacts } from './chart-care-intensity.js';

const kud = (...met: number[]): ScoreResult =>
  scoreDsm5Kud(
    Object.fromEntries(DSM5_KUD_DEFINITION.items.map((item, index) => [item.id, met.includes(index + 1) ? 1 : 0])),
  );

/** Fictional baseline chart: no flags, no criteria, no withdrawal, no wish to change. */
const BASE: ChartCareIntensityFacts = {
  redFlagIds: [],
  kud: kud(),
  alcoholOrBenzoWithdrawalRisk: false,
  usesHighPotencyProducts: false,
  wantsToChange: false,
};
const levelOf = (facts: Partial<ChartCareIntensityFacts>): [string | null, number | null] | string => {
  const result = suggestChartCareIntensity({ ...BASE, ...facts });
  return result.status === 'suggested' ? [result.level, result.ruleNumber] : result.status;
};

describe('suggestChartCareIntensity: reference vectors N1–N6 (clinical reference §10)', () => {
  it('N1: seizure today → E (rule 1), emergency care first, no programme', () => {
    const result = suggestChartCareIntensity({ ...BASE, redFlagIds: ['seizure'] });
    expect(result).toMatchObject({
      status: 'suggested',
      level: 'E',
      ruleNumber: 1,
      ruleKey: 'careProgrammes.rule.1',
      reasonKeys: ['careProgrammes.reason.redFlag'],
      programmes: { programmes: [], noteKey: 'careProgrammes.note.E' },
    });
  });
  it('N2: KUD severe, COWS 27 → H (rule 2)', () => {
    expect(levelOf({ kud: kud(1, 2, 3, 4, 5, 6, 7), latestCowsTotal: 27 })).toEqual(['H', 2]);
  });
  it('N3: KUD moderate, COWS 9, daily alcohol with morning tremor → H (rule 2)', () => {
    const result = suggestChartCareIntensity({
      ...BASE,
      kud: kud(2, 4, 10, 11),
      latestCowsTotal: 9,
      alcoholOrBenzoWithdrawalRisk: true,
    });
    expect(result).toMatchObject({
      level: 'H',
      ruleNumber: 2,
      reasonKeys: ['careProgrammes.reason.alcoholOrBenzoWithdrawal'],
    });
  });
  it('N4: KUD moderate, COWS 8, stable housing → M (rule 3), with PHP, IOP, outpatient, telehealth', () => {
    const result = suggestChartCareIntensity({ ...BASE, kud: kud(2, 4, 10, 11), latestCowsTotal: 8 });
    expect(result).toMatchObject({
      level: 'M',
      ruleNumber: 3,
      reasonKeys: ['careProgrammes.reason.kudModerateSevere', 'careProgrammes.reason.cowsWithdrawal'],
      programmes: { programmes: ['php', 'iop', 'outpatient', 'telehealth-medication-treatment'] },
    });
  });
  it('N5: KUD mild (2 criteria), COWS 2, leaf only → O (rule 4)', () => {
    expect(levelOf({ kud: kud(1, 4), latestCowsTotal: 2 })).toEqual(['O', 4]);
  });
  it('N6: 1 criterion, wants to cut down → S (rule 5)', () => {
    expect(levelOf({ kud: kud(2), wantsToChange: true })).toEqual(['S', 5]);
  });
});

describe('suggestChartCareIntensity: boundaries and chart facts', () => {
  it.each([
    [4, ['O', 4]],
    [5, ['M', 3]],
    [24, ['M', 3]],
    [25, ['H', 2]],
  ])('KUD mild with COWS %i → %o', (cows, expected) => {
    expect(levelOf({ kud: kud(1, 4), latestCowsTotal: cows })).toEqual(expected);
  });

  it('uses the DSM-5 withdrawal criterion only when no COWS is recorded', () => {
    expect(levelOf({ kud: kud(1, 11) })).toEqual(['M', 3]);
    expect(levelOf({ kud: kud(1, 11), latestCowsTotal: 2 })).toEqual(['O', 4]);
  });

  it('pregnancy without withdrawal → at least M; with withdrawal → H (C.4.3)', () => {
    expect(levelOf({ redFlagIds: ['pregnant'], kud: kud(1) })).toEqual(['M', 3]);
    expect(levelOf({ redFlagIds: ['pregnant'], kud: kud(1), latestCowsTotal: 6 })).toEqual(['H', 2]);
  });

  it('no rule matched: no level, no programmes', () => {
    expect(suggestChartCareIntensity(BASE)).toMatchObject({
      level: null,
      ruleKey: 'careProgrammes.rule.none',
      programmes: null,
    });
  });
});

describe('suggestChartCareIntensity: bad input', () => {
  it.each([
    [{ latestCowsTotal: 49 }, 'latestCowsTotal'],
    [{ latestCowsTotal: 7.5 }, 'latestCowsTotal'],
    [{ redFlagIds: ['headache'] }, 'redFlagIds[0]'],
    [{ kud: scoreDsm5Kud({ craving: 3 }) }, 'kud'],
  ])('%o is invalid naming %s', (facts, field) => {
    expect(suggestChartCareIntensity({ ...BASE, ...facts })).toMatchObject({ status: 'invalid', issues: [{ field }] });
  });

  it('an unanswered checklist is incomplete', () => {
    expect(suggestChartCareIntensity({ ...BASE, kud: scoreDsm5Kud({ craving: 1 }) })).toMatchObject({
      status: 'incomplete',
    });
  });

  it('an emergency red flag still gives E when the checklist is incomplete or invalid (C.4.4)', () => {
    expect(
      suggestChartCareIntensity({
        ...BASE,
        redFlagIds: ['breathing-or-hard-to-wake'],
        kud: scoreDsm5Kud({ craving: 3 }),
      }),
    ).toMatchObject({ status: 'suggested', level: 'E', ruleNumber: 1, fromRedFlagsOnly: true });
  });
});

describe('programmesForLevel', () => {
  it.each([
    ['E', []],
    ['H', ['inpatient-withdrawal-management', 'residential-withdrawal-management']],
    ['M', ['php', 'iop', 'outpatient', 'telehealth-medication-treatment']],
    ['O', ['outpatient']],
    ['S', []],
  ] as const)('%s → %o', (level, programmes) => {
    expect(programmesForLevel(level)).toMatchObject({
      level,
      programmes,
      rule: { id: 'care-programmes.map', version: '1.0.0' },
    });
  });

  it('maps every named programme from some level', () => {
    const mapped = new Set(
      (['E', 'H', 'M', 'O', 'S'] as const).flatMap((level) => programmesForLevel(level).programmes),
    );
    expect([...mapped].sort()).toEqual([...CARE_PROGRAMMES].sort());
  });
});

describe('careIntensityDecision', () => {
  const suggestionM = suggestCareIntensity({
    redFlagIds: [],
    kudSeverity: 'moderate',
    kudCriteriaCount: 4,
    cowsTotal: 8,
    alcoholOrBenzoWithdrawalRisk: false,
    usesHighPotencyProducts: false,
    wantsToChange: true,
  });

  it('accepts the suggestion and maps it to its programmes', () => {
    expect(careIntensityDecision(suggestionM, { action: 'accept' })).toMatchObject({
      status: 'valid',
      decision: {
        action: 'accept',
        suggested: 'M',
        final: 'M',
        suggestedRuleNumber: 3,
        rulesVersion: suggestionM.rulesVersion,
      },
    });
  });

  it('overrides with a reason and maps the new level', () => {
    const result = careIntensityDecision(suggestionM, {
      action: 'override',
      value: 'H',
      rationale: ' Lives alone; no support ',
    });
    expect(result).toMatchObject({
      status: 'valid',
      decision: {
        action: 'override',
        suggested: 'M',
        final: 'H',
        rationale: 'Lives alone; no support',
        programmes: { programmes: ['inpatient-withdrawal-management', 'residential-withdrawal-management'] },
      },
    });
  });

  it.each([
    [{ action: 'override', value: 'H' }, 'rationale', 'required'],
    [{ action: 'override', value: 'H', rationale: '   ' }, 'rationale', 'required'],
    [{ action: 'override', value: 'X', rationale: 'r' }, 'value', 'not-an-option'],
    [{ action: 'override', value: 'toString', rationale: 'r' }, 'value', 'not-an-option'],
    [{ action: 'override', value: 'M', rationale: 'r' }, 'value', 'same-as-suggested'],
    [{ action: 'maybe' }, 'action', 'not-an-option'],
  ])('%o is invalid naming %s', (input, field, rule) => {
    expect(careIntensityDecision(suggestionM, input)).toMatchObject({ status: 'invalid', issues: [{ field, rule }] });
  });

  it('with no suggestion, the clinician must choose a level with a reason', () => {
    const none = suggestCareIntensity({
      redFlagIds: [],
      kudSeverity: 'none',
      kudCriteriaCount: 0,
      alcoholOrBenzoWithdrawalRisk: false,
      usesHighPotencyProducts: false,
      wantsToChange: false,
    });
    expect(careIntensityDecision(none, { action: 'accept' })).toMatchObject({
      status: 'invalid',
      issues: [{ field: 'action', rule: 'nothing-to-accept' }],
    });
    expect(
      careIntensityDecision(none, { action: 'override', value: 'O', rationale: 'Wants counselling' }),
    ).toMatchObject({
      status: 'valid',
      decision: { suggested: null, final: 'O', suggestedRuleNumber: null },
    });
  });
});

describe('CARE_PROGRAMMES_MESSAGES_EN', () => {
  it('has clinician wording for every self-check care rule and reason key', () => {
    const selfCheckKeys = Object.keys(SELF_CHECK_MESSAGES_EN).filter((key) =>
      /^selfCheck\.care\.(rule|reason)\./.test(key),
    );
    expect(selfCheckKeys.length).toBeGreaterThan(10);
    for (const key of selfCheckKeys) {
      expect(CARE_PROGRAMMES_MESSAGES_EN).toHaveProperty([key.replace('selfCheck.care.', 'careProgrammes.')]);
    }
  });

  it('has a label for every programme and a note for every level', () => {
    for (const programme of CARE_PROGRAMMES) {
      expect(CARE_PROGRAMMES_MESSAGES_EN).toHaveProperty([`careProgrammes.programme.${programme}`]);
    }
    for (const level of ['E', 'H', 'M', 'O', 'S'] as const) {
      expect(CARE_PROGRAMMES_MESSAGES_EN[programmesForLevel(level).noteKey]).toBeTruthy();
    }
  });
});
