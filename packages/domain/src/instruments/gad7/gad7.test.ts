import { describe, expect, it } from 'vitest';
import { answersInOrder } from '../answers-in-order.js';
import { classifyTotal } from '../classify-total.js';
import { GAD7_DEFINITION } from './gad7.items.js';
import { scoreGad7 } from './gad7.js';

const gad7 = (values: readonly (number | undefined)[]): ReturnType<typeof answersInOrder> =>
  answersInOrder(GAD7_DEFINITION, values);

describe('scoreGad7: reference vectors G1–G4 (clinical reference §5)', () => {
  it.each([
    { name: 'G1', values: [1, 0, 0, 1, 0, 1, 1], total: 4, band: 'minimal' },
    { name: 'G2', values: [1, 1, 1, 1, 0, 1, 2], total: 7, band: 'mild' },
    { name: 'G3 (positive screen)', values: [2, 2, 2, 1, 1, 1, 1], total: 10, band: 'moderate' },
    { name: 'G4', values: [3, 3, 3, 2, 2, 2, 2], total: 17, band: 'severe' },
  ])('$name totals $total, $band', ({ values, total, band }) => {
    expect(scoreGad7(gad7(values))).toMatchObject({
      status: 'complete',
      instrument: 'gad7',
      version: '2006.1',
      total,
      band: { id: band, labelKey: `instrument.gad7.band.${band}` },
      flags: [],
    });
  });

  it('scores every item at 3 as the maximum, 21', () => {
    expect(scoreGad7(gad7([3, 3, 3, 3, 3, 3, 3]))).toMatchObject({ total: 21, band: { id: 'severe' } });
  });
});

describe('scoreGad7: validation', () => {
  it.each(GAD7_DEFINITION.items.map((item) => item.id))('rejects 4 on %s', (itemId) => {
    const answers = { ...gad7([0, 0, 0, 0, 0, 0, 0]), [itemId]: 4 };
    expect(scoreGad7(answers)).toMatchObject({ status: 'invalid', issues: [{ itemId, reason: 'not-an-option' }] });
  });

  it('returns incomplete with no total when items are skipped', () => {
    expect(scoreGad7(gad7([1, 1, undefined, 1, undefined, 1, 1]))).toEqual({
      status: 'incomplete',
      instrument: 'gad7',
      version: '2006.1',
      missing: ['worryingTooMuch', 'restless'],
      flags: [],
    });
  });

  it('rejects a PHQ-9 item id sent to the GAD-7', () => {
    expect(scoreGad7({ ...gad7([0, 0, 0, 0, 0, 0, 0]), selfHarmThoughts: 0 })).toMatchObject({
      status: 'invalid',
      issues: [{ itemId: 'selfHarmThoughts', reason: 'unknown-item' }],
    });
  });
});

describe('GAD-7 bands (clinical reference §5, cut-points 5/10/15)', () => {
  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'severe'],
    [21, 'severe'],
  ])('classifies a total of %i as %s', (total, band) => {
    expect(classifyTotal(GAD7_DEFINITION, total)?.id).toBe(band);
  });

  it('carries the confirmed LOINC panel, total and item codes in published order', () => {
    expect(GAD7_DEFINITION.loinc).toEqual({ panel: '69737-5', total: '70274-6' });
    expect(GAD7_DEFINITION.items.map((item) => item.loinc)).toEqual([
      '69725-0',
      '68509-9',
      '69733-4',
      '69734-2',
      '69735-9',
      '69689-8',
      '69736-7',
    ]);
  });
});
