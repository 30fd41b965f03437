import { describe, expect, it } from 'vitest';
import { classifyTotal } from '../classify-total.js';
import type { Answers } from '../score-result.js';
import { DSM5_KUD_DEFINITION } from './dsm5-kud.items.js';
import { scoreDsm5Kud } from './dsm5-kud.js';

/** Answers with the given criteria (1-based, DSM-5 order) met and every other criterion answered "no". */
function criteriaMet(...numbers: number[]): Answers {
  return Object.fromEntries(
    DSM5_KUD_DEFINITION.items.map((item, index) => [item.id, numbers.includes(index + 1) ? 1 : 0]),
  );
}

/** Both criteria 10 and 11 come solely from a supervised medicine (reference vector D7). */
const BOTH_SUPERVISED = { toleranceUnderMedicalSupervision: true, withdrawalUnderMedicalSupervision: true } as const;

describe('scoreDsm5Kud: reference vectors (clinical reference §4)', () => {
  it.each([
    { name: 'D1', met: [1], total: 1, band: 'none' },
    { name: 'D2', met: [1, 4], total: 2, band: 'mild' },
    { name: 'D3 (no supervision)', met: [2, 4, 10, 11], total: 4, band: 'moderate' },
    { name: 'D4', met: [1, 2, 3, 4, 5, 6, 7], total: 7, band: 'severe' },
  ])('$name: criteria $met count $total, $band', ({ met, total, band }) => {
    expect(scoreDsm5Kud(criteriaMet(...met))).toMatchObject({
      status: 'complete',
      instrument: 'dsm5-kud',
      version: '2013-kratom-paraphrase.1',
      total,
      band: { id: band, labelKey: `instrument.dsm5-kud.band.${band}` },
    });
  });

  it('D7: tolerance and withdrawal alone under medical supervision count 0, none', () => {
    const result = scoreDsm5Kud(criteriaMet(10, 11), BOTH_SUPERVISED);
    expect(result).toMatchObject({ status: 'complete', total: 0, band: { id: 'none' } });
    expect(result.status === 'complete' && result.items.slice(-2)).toEqual([
      { id: 'tolerance', value: 1, points: 0, excluded: true },
      { id: 'withdrawal', value: 1, points: 0, excluded: true },
    ]);
  });
});

describe('scoreDsm5Kud: medical-supervision rule', () => {
  it('D3 under supervision drops from moderate (4) to mild (2)', () => {
    expect(scoreDsm5Kud(criteriaMet(2, 4, 10, 11), BOTH_SUPERVISED)).toMatchObject({
      total: 2,
      band: { id: 'mild' },
    });
  });

  it.each([{}, { toleranceUnderMedicalSupervision: false, withdrawalUnderMedicalSupervision: false }])(
    'counts tolerance and withdrawal with context %o',
    (context) => {
      const result = scoreDsm5Kud(criteriaMet(10, 11), context);
      expect(result).toMatchObject({ total: 2, band: { id: 'mild' } });
      expect(result.status === 'complete' && result.items.some((item) => item.excluded === true)).toBe(false);
    },
  );

  it('marks the two criteria excluded even when they were answered "no"', () => {
    const result = scoreDsm5Kud(criteriaMet(1, 2, 3), BOTH_SUPERVISED);
    expect(result).toMatchObject({ total: 3, band: { id: 'mild' } });
    expect(result.status === 'complete' && result.items.filter((item) => item.excluded === true)).toEqual([
      { id: 'tolerance', value: 0, points: 0, excluded: true },
      { id: 'withdrawal', value: 0, points: 0, excluded: true },
    ]);
  });

  it('leaves the other nine criteria counting under supervision', () => {
    const result = scoreDsm5Kud(criteriaMet(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), BOTH_SUPERVISED);
    expect(result).toMatchObject({ total: 9, band: { id: 'severe' } });
  });

  it('excludes tolerance only, when only tolerance comes from the supervised medicine', () => {
    const result = scoreDsm5Kud(criteriaMet(2, 4, 10, 11), { toleranceUnderMedicalSupervision: true });
    expect(result).toMatchObject({ status: 'complete', total: 3, band: { id: 'mild' } });
    expect(result.status === 'complete' && result.items.slice(-2)).toEqual([
      { id: 'tolerance', value: 1, points: 0, excluded: true },
      { id: 'withdrawal', value: 1, points: 1 },
    ]);
  });

  it('excludes withdrawal only, when only withdrawal comes from the supervised medicine', () => {
    const result = scoreDsm5Kud(criteriaMet(2, 4, 10, 11), { withdrawalUnderMedicalSupervision: true });
    expect(result).toMatchObject({ status: 'complete', total: 3, band: { id: 'mild' } });
    expect(result.status === 'complete' && result.items.slice(-2)).toEqual([
      { id: 'tolerance', value: 1, points: 1 },
      { id: 'withdrawal', value: 1, points: 0, excluded: true },
    ]);
  });

  it('no longer knows the single switch that removed both criteria at once', () => {
    const old = { underMedicalSupervision: true } as unknown as Parameters<typeof scoreDsm5Kud>[1];
    expect(scoreDsm5Kud(criteriaMet(10, 11), old)).toMatchObject({ total: 2, band: { id: 'mild' } });
  });

  it('still rejects a non-option on an excluded criterion', () => {
    const answers = { ...criteriaMet(), tolerance: 2 };
    expect(scoreDsm5Kud(answers, BOTH_SUPERVISED)).toMatchObject({
      status: 'invalid',
      issues: [{ itemId: 'tolerance', reason: 'not-an-option' }],
    });
  });
});

describe('scoreDsm5Kud: every count from 0 to 11', () => {
  const bandOf = (count: number): string => {
    if (count <= 1) {
      return 'none';
    }
    if (count <= 3) {
      return 'mild';
    }
    return count <= 5 ? 'moderate' : 'severe';
  };
  it.each(Array.from({ length: 12 }, (_, count) => [count, bandOf(count)] as const))(
    'scores %i criteria met as %s',
    (count, band) => {
      const met = Array.from({ length: count }, (_, index) => index + 1);
      expect(scoreDsm5Kud(criteriaMet(...met))).toMatchObject({ total: count, band: { id: band } });
    },
  );
});

describe('DSM-5 bands (clinical reference §4)', () => {
  it.each([
    [0, 'none'],
    [1, 'none'],
    [2, 'mild'],
    [3, 'mild'],
    [4, 'moderate'],
    [5, 'moderate'],
    [6, 'severe'],
    [11, 'severe'],
  ])('classifies a count of %i as %s', (total, band) => {
    expect(classifyTotal(DSM5_KUD_DEFINITION, total)?.id).toBe(band);
  });
});

describe('scoreDsm5Kud: validation', () => {
  it.each([
    { value: 2, reason: 'not-an-option' },
    { value: -1, reason: 'not-an-option' },
    { value: true, reason: 'wrong-type' },
    { value: 'yes', reason: 'wrong-type' },
  ])('rejects $value as $reason', ({ value, reason }) => {
    const answers = { ...criteriaMet(), craving: value } as unknown as Answers;
    expect(scoreDsm5Kud(answers)).toMatchObject({ status: 'invalid', issues: [{ itemId: 'craving', reason }] });
  });

  it('returns incomplete with the unanswered criteria', () => {
    const { hazardousUse, ...answers } = criteriaMet(1, 4);
    expect(hazardousUse).toBe(0);
    expect(scoreDsm5Kud(answers)).toEqual({
      status: 'incomplete',
      instrument: 'dsm5-kud',
      version: '2013-kratom-paraphrase.1',
      missing: ['hazardousUse'],
      flags: [],
    });
  });
});
