import { describe, expect, it } from 'vitest';
import { summarizeUsePattern, validateUsePattern, type UsePatternInput } from './use-pattern.js';

const AT = new Date('2025-03-01T12:00:00Z');

/** Fictional: Riley Testperson takes leaf powder every day and last dosed 10 hours ago. */
const RILEY: UsePatternInput = {
  productForms: ['leaf-powder'],
  amountPerDose: 3,
  doseUnit: 'g',
  dosesPerDay: 4,
  useFrequency: 'daily',
  useDuration: '1-5-years',
  lastDose: '2025-03-01T02:00:00Z',
  wantsToCutDownOrStop: 'yes',
  otherSubstances: [],
};

describe('summarizeUsePattern', () => {
  it('K1: 4 leaf-powder doses a day of 3 g make 12 g a day', () => {
    const summary = summarizeUsePattern(RILEY, AT);
    expect(summary.dailyGrams).toBe(12);
    expect(summary.dosesPerDay).toBe(4);
    expect(summary.isHighPotency).toBe(false);
  });

  it('K2: a 7-OH gummy gives no gram total and is high potency', () => {
    const summary = summarizeUsePattern(
      { ...RILEY, productForms: ['7-oh-product'], amountPerDose: 1, doseUnit: 'tablet', dosesPerDay: 1 },
      AT,
    );
    expect(summary.dailyGrams).toBeNull();
    expect(summary.isHighPotency).toBe(true);
  });

  it('K3: 6 capsules of unknown strength give no gram total but keep the frequency', () => {
    const summary = summarizeUsePattern(
      { ...RILEY, productForms: ['capsule'], amountPerDose: 1, doseUnit: 'capsule', dosesPerDay: 6 },
      AT,
    );
    expect(summary.dailyGrams).toBeNull();
    expect(summary.dosesPerDay).toBe(6);
  });

  it('never turns an extract measured in grams into grams of leaf', () => {
    const summary = summarizeUsePattern({ ...RILEY, productForms: ['extract-or-concentrate'] }, AT);
    expect(summary.dailyGrams).toBeNull();
    expect(summary.isHighPotency).toBe(true);
  });

  it('gives no gram total when leaf powder is mixed with another form, since the grams cannot be split', () => {
    expect(summarizeUsePattern({ ...RILEY, productForms: ['leaf-powder', 'tea-or-brew'] }, AT).dailyGrams).toBeNull();
  });

  it('gives no gram total when the amount is unknown or impossible', () => {
    expect(summarizeUsePattern({ ...RILEY, amountPerDose: null }, AT).dailyGrams).toBeNull();
    expect(summarizeUsePattern({ ...RILEY, amountPerDose: -3 }, AT).dailyGrams).toBeNull();
    expect(summarizeUsePattern({ ...RILEY, dosesPerDay: 2.5 }, AT).dailyGrams).toBeNull();
  });

  it('rounds gram totals to hundredths', () => {
    expect(summarizeUsePattern({ ...RILEY, amountPerDose: 0.1, dosesPerDay: 3 }, AT).dailyGrams).toBe(0.3);
  });

  it('counts hours since the last dose from an ISO string or a Date', () => {
    expect(summarizeUsePattern(RILEY, AT).hoursSinceLastDose).toBe(10);
    const lastDose = new Date('2025-02-27T12:00:00Z');
    expect(summarizeUsePattern({ ...RILEY, lastDose }, AT).hoursSinceLastDose).toBe(48);
  });

  it('gives null hours when the last dose is unknown, unreadable or in the future', () => {
    expect(summarizeUsePattern({ ...RILEY, lastDose: 'not-sure' }, AT).hoursSinceLastDose).toBeNull();
    expect(summarizeUsePattern({ ...RILEY, lastDose: 'yesterday-ish' }, AT).hoursSinceLastDose).toBeNull();
    expect(summarizeUsePattern({ ...RILEY, lastDose: '2025-03-01T13:00:00Z' }, AT).hoursSinceLastDose).toBeNull();
  });

  it('lists alcohol, benzodiazepines and opioids as depressant co-use, once each, in answer order', () => {
    const summary = summarizeUsePattern(
      {
        ...RILEY,
        otherSubstances: [
          { substance: 'cannabis', frequency: 'daily' },
          { substance: 'opioids', frequency: 'less-often' },
          { substance: 'stimulants', frequency: 'weekly' },
          { substance: 'alcohol', frequency: 'weekly', shakyWhenGoingWithout: false },
          { substance: 'opioids', frequency: 'weekly' },
        ],
      },
      AT,
    );
    expect(summary.depressantCoUse).toEqual(['opioids', 'alcohol']);
    expect(summary.alcoholOrBenzoWithdrawalRisk).toBe(false);
  });

  it('flags alcohol or benzodiazepine withdrawal risk only with shakes, sweats or anxiety when going without', () => {
    const withAlcohol = (shaky: boolean): UsePatternInput => ({
      ...RILEY,
      otherSubstances: [{ substance: 'alcohol', frequency: 'daily', shakyWhenGoingWithout: shaky }],
    });
    expect(summarizeUsePattern(withAlcohol(true), AT).alcoholOrBenzoWithdrawalRisk).toBe(true);
    expect(summarizeUsePattern(withAlcohol(false), AT).alcoholOrBenzoWithdrawalRisk).toBe(false);
    const benzo: UsePatternInput = {
      ...RILEY,
      otherSubstances: [
        { substance: 'benzodiazepines-or-sedatives', frequency: 'weekly', shakyWhenGoingWithout: true },
      ],
    };
    expect(summarizeUsePattern(benzo, AT).alcoholOrBenzoWithdrawalRisk).toBe(true);
  });

  it('ignores a shaky answer given for opioids, which the question does not cover', () => {
    const opioids: UsePatternInput = {
      ...RILEY,
      otherSubstances: [{ substance: 'opioids', frequency: 'daily', shakyWhenGoingWithout: true }],
    };
    expect(summarizeUsePattern(opioids, AT).alcoholOrBenzoWithdrawalRisk).toBe(false);
  });

  it('calls use daily only for every-day use', () => {
    expect(summarizeUsePattern(RILEY, AT).isDailyUse).toBe(true);
    expect(summarizeUsePattern({ ...RILEY, useFrequency: 'most-days' }, AT).isDailyUse).toBe(false);
  });
});

describe('validateUsePattern', () => {
  it('accepts possible answers, including "not sure" for amount and last dose', () => {
    expect(validateUsePattern(RILEY, AT)).toEqual([]);
    expect(validateUsePattern({ ...RILEY, amountPerDose: null, lastDose: 'not-sure' }, AT)).toEqual([]);
  });

  it('requires at least one product form', () => {
    expect(validateUsePattern({ ...RILEY, productForms: [] }, AT)).toEqual([
      { field: 'productForms', code: 'required', messageKey: 'selfCheck.use.issue.productFormRequired' },
    ]);
  });

  it.each([-1, 0, Number.NaN, Number.POSITIVE_INFINITY])('rejects an amount per dose of %s', (amountPerDose) => {
    expect(validateUsePattern({ ...RILEY, amountPerDose }, AT).map((issue) => [issue.field, issue.code])).toEqual([
      ['amountPerDose', 'not-positive'],
    ]);
  });

  it.each([
    [0, false],
    [1, true],
    [50, true],
    [51, false],
    [2.5, false],
  ])('checks doses per day of %s (accepted: %s)', (dosesPerDay, accepted) => {
    const fields = validateUsePattern({ ...RILEY, dosesPerDay }, AT).map((issue) => issue.field);
    expect(fields).toEqual(accepted ? [] : ['dosesPerDay']);
  });

  it('rejects a last dose after the moment of the check, but accepts one exactly at it', () => {
    expect(validateUsePattern({ ...RILEY, lastDose: '2025-03-01T12:00:01Z' }, AT)).toEqual([
      { field: 'lastDose', code: 'in-the-future', messageKey: 'selfCheck.use.issue.lastDoseInFuture' },
    ]);
    expect(validateUsePattern({ ...RILEY, lastDose: AT }, AT)).toEqual([]);
  });

  it('rejects a last dose it cannot read', () => {
    expect(validateUsePattern({ ...RILEY, lastDose: 'last Tuesday' }, AT).map((issue) => issue.code)).toEqual([
      'invalid-date',
    ]);
  });

  it('rejects values that are not options, naming the field and list position', () => {
    const input = {
      ...RILEY,
      productForms: ['leaf-powder', 'resin'],
      doseUnit: 'spoon',
      otherSubstances: [{ substance: 'alcohol', frequency: 'hourly' }],
    } as unknown as UsePatternInput;
    expect(validateUsePattern(input, AT).map((issue) => [issue.field, issue.index, issue.code])).toEqual([
      ['productForms', 1, 'unknown-option'],
      ['doseUnit', undefined, 'unknown-option'],
      ['otherSubstances', 0, 'unknown-option'],
    ]);
  });

  it('flags the same substance listed twice at its second position', () => {
    const input: UsePatternInput = {
      ...RILEY,
      otherSubstances: [
        { substance: 'alcohol', frequency: 'daily' },
        { substance: 'alcohol', frequency: 'weekly' },
      ],
    };
    expect(validateUsePattern(input, AT)).toEqual([
      { field: 'otherSubstances', index: 1, code: 'duplicate', messageKey: 'selfCheck.use.issue.duplicateSubstance' },
    ]);
  });

  it('reports every bad field at once', () => {
    const fields = validateUsePattern(
      { ...RILEY, productForms: [], amountPerDose: -2, dosesPerDay: 0, lastDose: '2030-01-01T00:00:00Z' },
      AT,
    ).map((issue) => issue.field);
    expect(fields).toEqual(['productForms', 'amountPerDose', 'dosesPerDay', 'lastDose']);
  });
});
