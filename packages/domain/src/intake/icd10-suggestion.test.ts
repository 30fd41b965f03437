import { describe, expect, it } from 'vitest';
import { DSM5_KUD_DEFINITION } from '../instruments/dsm5-kud/dsm5-kud.items.js';
import { scoreDsm5Kud } from '../instruments/dsm5-kud/dsm5-kud.js';
import { scorePhq9 } from '../instruments/phq9/phq9.js';
import type { Answers } from '../instruments/score-result.js';
import { decideIcd10Code } from './icd10-decision.js';
import { F19_CODES, suggestIcd10Code, type Icd10Input } from './icd10-suggestion.js';
import { INTAKE_MESSAGES_EN } from './intake.messages.en.js';

/** DSM-5 answers with the given criteria (1-based) met. */
function criteria(...met: number[]): Answers {
  return Object.fromEntries(DSM5_KUD_DEFINITION.items.map((item, index) => [item.id, met.includes(index + 1) ? 1 : 0]));
}

const codeOf = (input: Icd10Input): string | null => {
  const result = suggestIcd10Code(input);
  return result.status === 'suggested' ? result.code : result.status;
};

describe('suggestIcd10Code: reference vectors D1–D8 (clinical reference §4)', () => {
  it.each([
    ['D1', criteria(1), false, null, 'no-use-disorder'],
    ['D2', criteria(1, 4), false, null, 'F19.10'],
    ['D3', criteria(2, 4, 10, 11), false, null, 'F19.20'],
    ['D4', criteria(1, 2, 3, 4, 5, 6, 7), false, null, 'F19.20'],
    ['D5', criteria(2, 4, 10, 11), true, null, 'F19.230'],
    ['D6', criteria(1, 4), true, null, 'F19.130'],
    ['D8', criteria(1, 4), false, 'early', 'F19.11'],
  ] as const)('%s', (_name, answers, currentWithdrawal, remission, expected) => {
    expect(codeOf({ kud: scoreDsm5Kud(answers), currentWithdrawal, remission })).toBe(expected);
  });

  it('D7: tolerance and withdrawal solely from supervised buprenorphine count 0: no use-disorder code', () => {
    const kud = scoreDsm5Kud(criteria(10, 11), {
      toleranceUnderMedicalSupervision: true,
      withdrawalUnderMedicalSupervision: true,
    });
    expect(suggestIcd10Code({ kud, currentWithdrawal: false })).toMatchObject({
      status: 'no-use-disorder',
      inputs: { criteriaCount: 0, severity: 'none' },
    });
  });

  it('D5 suggests the withdrawal code only, with the rule, its inputs and the "carries the use disorder" note', () => {
    expect(suggestIcd10Code({ kud: scoreDsm5Kud(criteria(2, 4, 10, 11)), currentWithdrawal: true })).toEqual({
      status: 'suggested',
      code: 'F19.230',
      descriptorKey: 'intake.icd10.F19.230',
      rule: { id: 'icd10.f19.withdrawal', version: '1.0.0' },
      inputs: {
        criteriaCount: 4,
        severity: 'moderate',
        currentWithdrawal: true,
        withPerceptualDisturbance: false,
        remission: null,
        classification: 'other',
        substance: 'kratom',
      },
      requiresClinicianConfirmation: true,
      noteKeys: ['intake.icd10.note.recordSubstance', 'intake.icd10.note.withdrawalCarriesUseDisorder'],
    });
  });
});

describe('suggestIcd10Code: severity boundaries and modifiers', () => {
  it.each([
    [[1], 'no-use-disorder'],
    [[1, 2], 'F19.10'],
    [[1, 2, 3], 'F19.10'],
    [[1, 2, 3, 4], 'F19.20'],
    [[1, 2, 3, 4, 5, 6], 'F19.20'],
  ])('criteria %o give %s', (met, expected) => {
    expect(codeOf({ kud: scoreDsm5Kud(criteria(...met)), currentWithdrawal: false })).toBe(expected);
  });

  it.each([
    [[1], true, 'F19.930'],
    [[1], false, 'F19.11'],
  ])('edge rows: criteria %o', (met, withdrawal, expected) => {
    if (withdrawal) {
      expect(codeOf({ kud: scoreDsm5Kud(criteria(...met)), currentWithdrawal: true })).toBe(expected);
    } else {
      expect(codeOf({ kud: scoreDsm5Kud(criteria(1, 2)), currentWithdrawal: false, remission: 'sustained' })).toBe(
        expected,
      );
    }
  });

  it('moderate or severe in remission gives F19.21', () => {
    expect(
      codeOf({ kud: scoreDsm5Kud(criteria(1, 2, 3, 4, 5, 6)), currentWithdrawal: false, remission: 'early' }),
    ).toBe('F19.21');
  });

  it.each([
    [[1], 'F19.932'],
    [[1, 4], 'F19.132'],
    [[1, 2, 3, 4], 'F19.232'],
  ])('withdrawal with perceptual disturbances, criteria %o, gives %s', (met, expected) => {
    expect(
      codeOf({ kud: scoreDsm5Kud(criteria(...met)), currentWithdrawal: true, withPerceptualDisturbance: true }),
    ).toBe(expected);
  });

  it('leaves the code to the clinician when the use is classified as opioid (F11)', () => {
    expect(
      suggestIcd10Code({ kud: scoreDsm5Kud(criteria(1, 4)), currentWithdrawal: false, classification: 'opioid' }),
    ).toMatchObject({
      status: 'clinician-codes',
      reasonKey: 'intake.icd10.opioidClassification',
    });
  });
});

describe('suggestIcd10Code: bad input', () => {
  it.each([
    [{ kud: scorePhq9({}), currentWithdrawal: false }, ['kud', 'wrong-instrument']],
    [{ kud: scoreDsm5Kud({ ...criteria(1), craving: 2 }), currentWithdrawal: false }, ['kud', 'invalid-score']],
    [
      { kud: scoreDsm5Kud(criteria(1)), currentWithdrawal: false, remission: 'early' },
      ['remission', 'needs-use-disorder'],
    ],
    [
      { kud: scoreDsm5Kud(criteria(1, 4)), currentWithdrawal: true, remission: 'early' },
      ['remission', 'conflicts-with-withdrawal'],
    ],
    [
      { kud: scoreDsm5Kud(criteria(1, 4)), currentWithdrawal: false, withPerceptualDisturbance: true },
      ['withPerceptualDisturbance', 'needs-withdrawal'],
    ],
  ] as const)('rejects %#', (input, [field, rule]) => {
    const result = suggestIcd10Code(input);
    expect(result).toMatchObject({ status: 'invalid', issues: [{ field, rule }] });
    expect(result.status === 'invalid' && INTAKE_MESSAGES_EN[result.issues[0]!.messageKey]).toBeTruthy();
  });

  it('an unanswered checklist is incomplete, with the missing criteria', () => {
    const answers = { ...criteria(1, 4) };
    delete (answers as Record<string, unknown>).craving;
    expect(suggestIcd10Code({ kud: scoreDsm5Kud(answers), currentWithdrawal: false })).toEqual({
      status: 'incomplete',
      missing: ['craving'],
    });
  });

  it('has a descriptor for every F19 code', () => {
    for (const code of F19_CODES) {
      expect(INTAKE_MESSAGES_EN[`intake.icd10.${code}`]).toBeTruthy();
    }
  });
});

describe('decideIcd10Code', () => {
  const suggestion = suggestIcd10Code({ kud: scoreDsm5Kud(criteria(2, 4, 10, 11)), currentWithdrawal: true });
  it('confirms the suggested code', () => {
    expect(decideIcd10Code(suggestion, { action: 'accept' })).toMatchObject({
      status: 'valid',
      decision: { action: 'accept', suggested: 'F19.230', final: 'F19.230' },
    });
  });
  it('takes another code with a reason, and refuses one without', () => {
    expect(
      decideIcd10Code(suggestion, { action: 'override', value: 'F11.20', rationale: 'Opioid framing' }),
    ).toMatchObject({
      status: 'valid',
      decision: { final: 'F11.20' },
    });
    expect(decideIcd10Code(suggestion, { action: 'override', value: 'F11.20', rationale: '  ' })).toMatchObject({
      status: 'invalid',
      issues: [{ field: 'rationale', rule: 'required' }],
    });
    expect(decideIcd10Code(suggestion, { action: 'override', value: 'kratom', rationale: 'x' })).toMatchObject({
      status: 'invalid',
      issues: [{ field: 'value', rule: 'not-an-option' }],
    });
  });
});
