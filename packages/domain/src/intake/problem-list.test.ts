import { describe, expect, it } from 'vitest';
import { DSM5_KUD_DEFINITION } from '../instruments/dsm5-kud/dsm5-kud.items.js';
import { scoreDsm5Kud } from '../instruments/dsm5-kud/dsm5-kud.js';
import { GAD7_DEFINITION } from '../instruments/gad7/gad7.items.js';
import { scoreGad7 } from '../instruments/gad7/gad7.js';
import { PHQ9_DEFINITION } from '../instruments/phq9/phq9.items.js';
import { scorePhq9 } from '../instruments/phq9/phq9.js';
import { assessLiver } from '../liver/assess-liver.js';
import type { StoredLab } from '../liver/liver-panel.js';
import { INTAKE_MESSAGES_EN } from './intake.messages.en.js';
import { deriveProblemList, type IntakeFacts } from './problem-list.js';
import type { ScoreResult } from '../instruments/score-result.js';

const T = Date.UTC(2027, 0, 10, 9, 0);
const kud = (...met: number[]): ScoreResult =>
  scoreDsm5Kud(
    Object.fromEntries(DSM5_KUD_DEFINITION.items.map((item, index) => [item.id, met.includes(index + 1) ? 1 : 0])),
  );
const phq9 = (...values: number[]): ScoreResult =>
  scorePhq9(Object.fromEntries(PHQ9_DEFINITION.items.map((item, index) => [item.id, values[index] ?? 0])));
const gad7 = (...values: number[]): ScoreResult =>
  scoreGad7(Object.fromEntries(GAD7_DEFINITION.items.map((item, index) => [item.id, values[index] ?? 0])));
const ids = (facts: IntakeFacts): string[] => deriveProblemList(facts).map((found) => found.id);

describe('deriveProblemList', () => {
  it('is empty without facts', () => {
    expect(deriveProblemList({})).toEqual([]);
  });

  it('adds kratom use disorder with its band and inputs, not for 0–1 criteria', () => {
    expect(deriveProblemList({ kud: kud(2, 4, 10, 11) })).toEqual([
      {
        id: 'kratom-use-disorder',
        messageKey: 'intake.problem.kratom-use-disorder',
        severity: 'moderate',
        substance: null,
        inputs: { 'dsm5-kud.total': 4, 'dsm5-kud.band': 'moderate' },
        rule: { id: 'intake.problem.kratom-use-disorder', version: '1.0.0' },
      },
    ]);
    expect(ids({ kud: kud(1) })).toEqual([]);
  });

  it.each([
    [4, []],
    [5, ['kratom-withdrawal']],
  ])('COWS %i gives %o', (total, expected) => {
    expect(ids({ latestCowsTotal: total })).toEqual(expected);
  });

  it('adds withdrawal the clinician recorded, whatever the COWS', () => {
    expect(deriveProblemList({ currentWithdrawal: true, latestCowsTotal: 2 })[0]).toMatchObject({
      id: 'kratom-withdrawal',
      severity: 'below-mild',
      inputs: { currentWithdrawal: true, 'cows.total': 2 },
    });
  });

  it('uses PHQ-9 and GAD-7 bands above minimal (P1, P2, G1, G3)', () => {
    expect(ids({ phq9: phq9(0, 0, 0, 0, 0, 0, 0, 0, 0), gad7: gad7(1, 0, 0, 1, 0, 1, 1) })).toEqual([]);
    const problems = deriveProblemList({ phq9: phq9(1, 1, 1, 1, 1, 1, 1, 1, 0), gad7: gad7(2, 2, 2, 1, 1, 1, 1) });
    expect(problems.map((found) => [found.id, found.severity])).toEqual([
      ['depressive-symptoms', 'mild'],
      ['anxiety-symptoms', 'moderate'],
    ]);
    expect(problems[1]?.inputs['gad7.positiveScreen']).toBe(true);
  });

  it('puts PHQ-9 item 9 > 0 first (P3), even when the form is incomplete', () => {
    expect(ids({ phq9: phq9(2, 2, 1, 1, 1, 1, 1, 0, 1), kud: kud(1, 4) })).toEqual([
      'suicidal-ideation',
      'kratom-use-disorder',
      'depressive-symptoms',
    ]);
    expect(ids({ phq9: scorePhq9({ selfHarmThoughts: 1 }) })).toEqual(['suicidal-ideation']);
  });

  it("adds liver findings from the liver assessment (H1: Hy's-law labs and abnormal)", () => {
    const lab = (loinc: string, value: number, upperLimit: number, unit = 'U/L'): StoredLab => ({
      id: loinc,
      loinc,
      value,
      unit,
      upperLimit,
      collectedAtMs: T,
    });
    const liver = assessLiver(
      [lab('1742-6', 126, 35), lab('1920-8', 73, 30), lab('6768-6', 218, 130), lab('1975-2', 5.6, 1.2, 'mg/dL')],
      T,
    );
    const problems = deriveProblemList({ liver });
    expect(problems.map((found) => found.id)).toEqual(['hys-law-labs', 'liver-test-abnormal']);
    expect(problems[1]).toMatchObject({ severity: 'dilin-2', inputs: { 'liver.pattern': 'mixed' } });
  });

  it('adds pregnancy, 7-OH use and one problem per other substance', () => {
    const problems = deriveProblemList({
      pregnant: true,
      highPotencyProductUse: true,
      otherSubstances: [{ substance: 'alcohol', lastUseAtMs: T }, { substance: 'benzodiazepines' }],
    });
    expect(problems.map((found) => [found.id, found.substance])).toEqual([
      ['pregnancy', null],
      ['high-potency-product-use', null],
      ['other-substance-use', 'alcohol'],
      ['other-substance-use', 'benzodiazepines'],
    ]);
    expect(problems[3]?.inputs).toEqual({ substance: 'benzodiazepines', lastUseAtMs: null });
  });

  it('has an English message for every problem', () => {
    const all = deriveProblemList({
      kud: kud(1, 2),
      currentWithdrawal: true,
      phq9: phq9(2, 2, 1, 1, 1, 1, 1, 0, 1),
      gad7: gad7(3, 3, 3, 2, 2, 2, 2),
      pregnant: true,
      highPotencyProductUse: true,
      otherSubstances: [{ substance: 'alcohol' }],
    });
    for (const found of all) {
      expect(INTAKE_MESSAGES_EN[found.messageKey]).toBeTruthy();
    }
  });
});
