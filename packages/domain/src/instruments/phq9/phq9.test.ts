import { describe, expect, it } from 'vitest';
import { answersInOrder } from '../answers-in-order.js';
import { classifyTotal } from '../classify-total.js';
import { PHQ9_DEFINITION } from './phq9.items.js';
import { scorePhq9 } from './phq9.js';

const phq9 = (values: readonly (number | undefined)[]): ReturnType<typeof answersInOrder> =>
  answersInOrder(PHQ9_DEFINITION, values);

describe('scorePhq9: reference vectors P1–P5 (clinical reference §5)', () => {
  it.each([
    { name: 'P1', values: [0, 0, 0, 0, 0, 0, 0, 0, 0], total: 0, band: 'minimal', flags: [] },
    { name: 'P2', values: [1, 1, 1, 1, 1, 1, 1, 1, 0], total: 8, band: 'mild', flags: [] },
    { name: 'P3', values: [2, 2, 1, 1, 1, 1, 1, 0, 1], total: 10, band: 'moderate', flags: ['suicidal-ideation'] },
    { name: 'P4', values: [2, 2, 2, 2, 2, 2, 2, 1, 0], total: 15, band: 'moderately-severe', flags: [] },
    { name: 'P5', values: [3, 3, 3, 3, 3, 2, 2, 1, 0], total: 20, band: 'severe', flags: [] },
  ])('$name totals $total, $band, flags $flags', ({ values, total, band, flags }) => {
    expect(scorePhq9(phq9(values))).toMatchObject({
      status: 'complete',
      instrument: 'phq9',
      version: '2001.1',
      total,
      band: { id: band, labelKey: `instrument.phq9.band.${band}` },
      flags,
    });
  });
});

describe('scorePhq9: item 9 safety flag', () => {
  it.each([1, 2, 3])('raises suicidal-ideation when item 9 is %i, even with a minimal total', (item9) => {
    const result = scorePhq9(phq9([0, 0, 0, 0, 0, 0, 0, 0, item9]));
    expect(result).toMatchObject({ status: 'complete', band: { id: 'minimal' }, flags: ['suicidal-ideation'] });
  });

  it('E2: raises it with item 9 = 2 and a moderate total of 11', () => {
    expect(scorePhq9(phq9([2, 2, 1, 1, 1, 1, 1, 0, 2]))).toMatchObject({
      total: 11,
      band: { id: 'moderate' },
      flags: ['suicidal-ideation'],
    });
  });

  it('does not raise it for a severe total when item 9 is 0', () => {
    expect(scorePhq9(phq9([3, 3, 3, 3, 3, 3, 3, 3, 0]))).toMatchObject({ total: 24, flags: [] });
  });

  it('raises it on an incomplete form, so a skipped item never hides item 9', () => {
    expect(scorePhq9(phq9([1, undefined, 0, 0, 0, 0, 0, 0, 1]))).toEqual({
      status: 'incomplete',
      instrument: 'phq9',
      version: '2001.1',
      missing: ['feelingDown'],
      flags: ['suicidal-ideation'],
    });
  });

  it.each([
    { case: 'a value that is not an option', bad: { interest: 4 } },
    { case: 'a wrong type', bad: { sleep: '2' } },
    { case: 'an unknown item', bad: { notAnItem: 1 } },
    { case: 'a bad value and a skipped item', bad: { interest: 7, feelingDown: undefined } },
  ])('raises it on an invalid form ($case): a bad answer elsewhere never hides item 9 (C.4.4)', ({ bad }) => {
    const answers = { ...phq9([1, 1, 0, 0, 0, 0, 0, 0, 2]), ...bad } as unknown as Parameters<typeof scorePhq9>[0];
    expect(scorePhq9(answers)).toMatchObject({ status: 'invalid', flags: ['suicidal-ideation'] });
  });

  it('does not raise it on an invalid form when item 9 is 0', () => {
    const zero = { ...phq9([1, 1, 0, 0, 0, 0, 0, 0, 0]), interest: 4 };
    expect(scorePhq9(zero)).toMatchObject({ status: 'invalid', flags: [] });
  });

  it('errs towards help when item 9 itself is a number above 3: refused, and still flagged', () => {
    const answers = { ...phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]), selfHarmThoughts: 4 };
    expect(scorePhq9(answers)).toEqual({
      status: 'invalid',
      instrument: 'phq9',
      version: '2001.1',
      issues: [{ itemId: 'selfHarmThoughts', reason: 'not-an-option' }],
      flags: ['suicidal-ideation'],
    });
  });

  it('does not raise it when item 9 is the unanswered item', () => {
    expect(scorePhq9(phq9([3, 3, 3, 3, 3, 3, 3, 3, undefined]))).toMatchObject({
      status: 'incomplete',
      missing: ['selfHarmThoughts'],
      flags: [],
    });
  });
});

describe('scorePhq9: only 0–3 is accepted', () => {
  it.each(PHQ9_DEFINITION.items.map((item) => item.id))('rejects 4 on %s', (itemId) => {
    const answers = { ...phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]), [itemId]: 4 };
    expect(scorePhq9(answers)).toMatchObject({ status: 'invalid', issues: [{ itemId, reason: 'not-an-option' }] });
  });

  it('rejects a negative, a fraction and a string', () => {
    const answers = { ...phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]), interest: -1, sleep: 0.5, appetite: '1' };
    expect(scorePhq9(answers as unknown as Parameters<typeof scorePhq9>[0])).toMatchObject({
      status: 'invalid',
      issues: [
        { itemId: 'interest', reason: 'not-an-option' },
        { itemId: 'sleep', reason: 'wrong-type' },
        { itemId: 'appetite', reason: 'wrong-type' },
      ],
    });
  });
});

describe('PHQ-9 bands (clinical reference §5)', () => {
  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'moderately-severe'],
    [19, 'moderately-severe'],
    [20, 'severe'],
    [27, 'severe'],
  ])('classifies a total of %i as %s', (total, band) => {
    expect(classifyTotal(PHQ9_DEFINITION, total)?.id).toBe(band);
  });
});

describe('PHQ-9 codes', () => {
  it('carries the confirmed LOINC panel, total and item codes in published order', () => {
    expect(PHQ9_DEFINITION.loinc).toEqual({ panel: '44249-1', total: '44261-6' });
    expect(PHQ9_DEFINITION.items.map((item) => item.loinc)).toEqual([
      '44250-9',
      '44255-8',
      '44259-0',
      '44254-1',
      '44251-7',
      '44258-2',
      '44252-5',
      '44253-3',
      '44260-8',
    ]);
  });

  it('credits Pfizer and the authors in the citation', () => {
    expect(PHQ9_DEFINITION.citation).toContain('educational grant from Pfizer Inc.');
    expect(PHQ9_DEFINITION.citation).toContain(
      'No permission required to reproduce, translate, display or distribute.',
    );
  });
});
