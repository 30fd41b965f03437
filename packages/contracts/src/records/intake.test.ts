import { describe, expect, it } from 'vitest';
import { toApiIssues } from '../api-issues.js';
import { DIAGNOSIS_DECISIONS, ZDiagnosisDecisionRequest } from './diagnosis-decisions.js';
import { intakeCoUseFacts, intakeKratomFacts, intakeProblemFacts } from './intake-facts.js';
import { INTAKE, leafGramsPerDay, ZIntakeRequest, type TIntakeRequest } from './intake.js';

const NOW = new Date('2027-01-01T10:00:00.000Z');

function issuesOf(body: unknown) {
  const parsed = ZIntakeRequest.safeParse(body);
  return parsed.success ? [] : toApiIssues(parsed.error.issues);
}

const example = INTAKE.example;
const withKratom = (kratom: Partial<TIntakeRequest['kratom']>): TIntakeRequest => ({
  ...example,
  kratom: { ...example.kratom, ...kratom },
});

describe('the intake declaration', () => {
  it('accepts its own example and stores grams of leaf per day beside it, times as UTC', () => {
    const request = ZIntakeRequest.parse(withKratom({ lastDoseAt: '2027-01-01T08:00:00+02:00' }));
    const result = INTAKE.toBody(request, { now: NOW });
    expect(result).toMatchObject({
      ok: true,
      body: { kratom: { gramsPerDay: 12, lastDoseAt: '2027-01-01T06:00:00.000Z' } },
    });
  });

  it('sums grams of leaf only over leaf, powder, capsule and tea logged in grams (§6, C.2.2)', () => {
    expect(
      leafGramsPerDay([
        { form: 'leaf-powder', amountPerDay: 0.1, unit: 'g' },
        { form: 'tea', amountPerDay: 0.2, unit: 'g' },
        { form: 'extract-or-concentrate', amountPerDay: 5, unit: 'g' },
        { form: 'capsule', amountPerDay: 6, unit: 'capsule' },
      ]),
    ).toBe(0.3);
    expect(leafGramsPerDay([{ form: '7-oh-product', amountPerDay: 2, unit: 'tablet' }])).toBeUndefined();
  });

  it('names the field of an unknown unit, an amount over its unit’s limit, or an amount without a unit', () => {
    expect(issuesOf(withKratom({ products: [{ form: 'leaf-powder', amountPerDay: 12, unit: 'oz' as 'g' }] }))).toEqual([
      { path: ['kratom', 'products', 0, 'unit'], message: 'Must be one of g, capsule, tablet, mL, glass, shot' },
    ]);
    expect(issuesOf(withKratom({ products: [{ form: 'leaf-powder', amountPerDay: 250.5, unit: 'g' }] }))).toEqual([
      { path: ['kratom', 'products', 0, 'amountPerDay'], message: 'Must be at most 250 g a day' },
    ]);
    expect(issuesOf(withKratom({ products: [{ form: 'shot', amountPerDay: 2 }] }))).toEqual([
      { path: ['kratom', 'products', 0, 'unit'], message: 'Give the unit of the amount' },
    ]);
    expect(issuesOf(withKratom({ dosesPerDay: 2.5 })).map((issue) => issue.path)).toEqual([['kratom', 'dosesPerDay']]);
  });

  it('refuses a last dose or use in the future, an unnamed other substance and conflicting modifiers, in toBody', () => {
    const request: TIntakeRequest = {
      ...withKratom({ lastDoseAt: '2027-01-01T11:00:00Z' }),
      otherSubstances: [{ substance: 'other' }, { substance: 'alcohol', lastUseAt: '2027-01-02T00:00:00Z' }],
      diagnosis: {
        currentWithdrawal: true,
        withPerceptualDisturbance: false,
        remission: 'early',
        classification: 'other',
      },
    };
    const result = INTAKE.toBody(ZIntakeRequest.parse(request), { now: NOW });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual([
      ['kratom', 'lastDoseAt'],
      ['otherSubstances', 0, 'name'],
      ['otherSubstances', 1, 'lastUseAt'],
      ['diagnosis', 'remission'],
    ]);
  });

  it('asks whether fluids stayed down during withdrawal: yes, no or unknown, optional for older intakes', () => {
    const { cannotKeepFluidsDown: _asked, ...olderHistory } = example.medicalHistory;
    const withFluids = (value: unknown) => ({
      ...example,
      medicalHistory: { ...olderHistory, cannotKeepFluidsDown: value },
    });
    for (const answer of ['yes', 'no', 'unknown']) {
      expect(issuesOf(withFluids(answer))).toEqual([]);
    }
    expect(issuesOf({ ...example, medicalHistory: olderHistory })).toEqual([]);
    const stored = INTAKE.toBody(ZIntakeRequest.parse(withFluids('yes')), { now: NOW });
    expect(stored).toMatchObject({ ok: true, body: { medicalHistory: { cannotKeepFluidsDown: 'yes' } } });
    for (const wrong of [true, 1, 'maybe', null]) {
      expect(issuesOf(withFluids(wrong))).toEqual([
        { path: ['medicalHistory', 'cannotKeepFluidsDown'], message: 'Must be one of yes, no, unknown' },
      ]);
    }
  });

  it('maps a stored intake to the panel’s kratom and co-use facts and the problem list’s facts', () => {
    const result = INTAKE.toBody(
      ZIntakeRequest.parse({
        ...withKratom({
          products: [{ form: '7-oh-product', amountPerDay: 2, unit: 'tablet' }],
          lastDoseAt: '2027-01-01T00:00:00Z',
        }),
        otherSubstances: [
          { substance: 'benzodiazepine', lastUseAt: '2026-12-31T00:00:00Z' },
          { substance: 'heroin-or-fentanyl', frequency: 'stopped' },
          { substance: 'cannabis', frequency: 'weekly' },
        ],
        medicalHistory: { ...example.medicalHistory, pregnancy: 'yes' },
      }),
      { now: NOW },
    );
    if (!result.ok) {
      throw new Error(JSON.stringify(result.issues));
    }
    expect(intakeKratomFacts('i1', result.body)).toEqual({
      gramsPerDay: null,
      products: [{ form: '7-oh-product', gramsLogged: false }],
      lastDoseAtMs: Date.parse('2027-01-01T00:00:00Z'),
      basis: ['i1'],
    });
    expect(intakeCoUseFacts('i1', result.body)).toEqual([
      { id: 'i1', substance: 'benzodiazepine', lastUseAtMs: Date.parse('2026-12-31T00:00:00Z') },
    ]);
    expect(intakeProblemFacts(result.body)).toMatchObject({
      highPotencyProductUse: true,
      pregnant: true,
      otherSubstances: [{ substance: 'benzodiazepine' }, { substance: 'cannabis', lastUseAtMs: null }],
    });
  });
});

describe('the diagnosis-decision declaration', () => {
  const decide = (body: unknown) => DIAGNOSIS_DECISIONS.toBody(ZDiagnosisDecisionRequest.parse(body), { now: NOW });

  it('stores a confirmation of the suggested code, and another F-chapter code with its reason', () => {
    expect(decide({ suggestedCode: 'F19.230', action: 'accept' })).toEqual({
      ok: true,
      body: { action: 'accept', suggestedCode: 'F19.230', finalCode: 'F19.230', rationale: null, intakeId: null },
    });
    expect(
      decide({ suggestedCode: null, action: 'override', code: 'F11.20', rationale: ' Opioid framing ' }),
    ).toMatchObject({
      ok: true,
      body: { finalCode: 'F11.20', rationale: 'Opioid framing' },
    });
  });

  it('names the field: nothing to accept, a code that is not an F code, no reason for an override', () => {
    const paths = (body: unknown) => {
      const result = decide(body);
      return result.ok ? [] : result.issues.map((issue) => issue.path);
    };
    expect(paths({ suggestedCode: null, action: 'accept' })).toEqual([['action']]);
    expect(paths({ suggestedCode: 'F19.10', action: 'override', code: 'K70.3', rationale: 'x' })).toEqual([['code']]);
    expect(paths({ suggestedCode: 'F19.10', action: 'override', code: 'F19.20', rationale: '  ' })).toEqual([
      ['rationale'],
    ]);
    expect(paths({ suggestedCode: 'F19.10', action: 'override', code: 'F19.10', rationale: 'same' })).toEqual([
      ['code'],
    ]);
  });
});
