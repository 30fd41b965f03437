import { describe, expect, it } from 'vitest';
import { defineInstrument } from './define-instrument.js';
import { itemWithOwnOptions, itemWithSharedOptions, scoreBand } from './definition-builders.js';
import type { InstrumentDefinition } from './instrument-definition.js';
import type { Answers } from './score-result.js';
import { scoreSum } from './score-sum.js';

/** A made-up three-item scale, so the generic rules are tested apart from any real instrument. */
const TOY: InstrumentDefinition = defineInstrument({
  id: 'toy',
  version: 'test.1',
  titleKey: 'instrument.toy.title',
  timeframeKey: 'instrument.toy.timeframe',
  citation: 'Fictional scale for tests.',
  license: 'free',
  displayWordingAllowed: true,
  minTotal: 0,
  maxTotal: 7,
  items: [
    itemWithSharedOptions('toy', 'first', [0, 1, 2]),
    itemWithOwnOptions('toy', 'second', [0, 3]),
    itemWithSharedOptions('toy', 'third', [0, 1, 2]),
  ],
  bands: [scoreBand('toy', 'low', 0, 3), scoreBand('toy', 'high', 4, 7)],
});

describe('scoreSum', () => {
  it('sums the points and lists items in published order, whatever order the answers came in', () => {
    const result = scoreSum(TOY, { third: 2, first: 1, second: 3 });
    expect(result).toEqual({
      status: 'complete',
      instrument: 'toy',
      version: 'test.1',
      total: 6,
      band: { id: 'high', labelKey: 'instrument.toy.band.high' },
      flags: [],
      items: [
        { id: 'first', value: 1, points: 1 },
        { id: 'second', value: 3, points: 3 },
        { id: 'third', value: 2, points: 2 },
      ],
    });
  });

  it('returns band null when the definition has no bands', () => {
    const unbanded = { ...TOY, bands: [] };
    expect(scoreSum(unbanded, { first: 0, second: 0, third: 0 })).toMatchObject({ total: 0, band: null });
  });

  it.each([
    { name: 'null', value: null },
    { name: 'a string', value: '1' },
    { name: 'NaN', value: Number.NaN },
    { name: 'a fraction', value: 1.5 },
    { name: 'Infinity', value: Number.POSITIVE_INFINITY },
    { name: 'a boolean', value: true },
    { name: 'an object', value: { value: 1 } },
    { name: 'an array', value: [1] },
  ])('rejects $name as wrong-type', ({ value }) => {
    const answers = { first: value, second: 0, third: 0 } as unknown as Answers;
    expect(scoreSum(TOY, answers)).toEqual({
      status: 'invalid',
      instrument: 'toy',
      version: 'test.1',
      issues: [{ itemId: 'first', reason: 'wrong-type' }],
      flags: [],
    });
  });

  it('rejects a whole number between published options as not-an-option', () => {
    expect(scoreSum(TOY, { first: 0, second: 1, third: 0 })).toMatchObject({
      status: 'invalid',
      issues: [{ itemId: 'second', reason: 'not-an-option' }],
    });
  });

  it('rejects an answer to an item the instrument does not have, even when the form is otherwise complete', () => {
    expect(scoreSum(TOY, { first: 0, second: 0, third: 0, fourth: 1 })).toMatchObject({
      status: 'invalid',
      issues: [{ itemId: 'fourth', reason: 'unknown-item' }],
    });
  });

  it('treats inherited names as unknown items, not as answers or missing data', () => {
    const answers = JSON.parse('{"first":0,"second":0,"third":0,"__proto__":1,"constructor":2}') as Answers;
    expect(scoreSum(TOY, answers)).toMatchObject({
      status: 'invalid',
      issues: [
        { itemId: '__proto__', reason: 'unknown-item' },
        { itemId: 'constructor', reason: 'unknown-item' },
      ],
    });
  });

  it('lists every issue at once: item problems in published order, then unknown items', () => {
    const answers = { extra: 1, third: 9, first: 'x' } as unknown as Answers;
    expect(scoreSum(TOY, answers)).toMatchObject({
      status: 'invalid',
      issues: [
        { itemId: 'first', reason: 'wrong-type' },
        { itemId: 'second', reason: 'missing' },
        { itemId: 'third', reason: 'not-an-option' },
        { itemId: 'extra', reason: 'unknown-item' },
      ],
    });
  });

  it('returns incomplete with the missing ids and no total; undefined counts as unanswered', () => {
    const result = scoreSum(TOY, { first: 2, third: undefined } as unknown as Answers);
    expect(result).toEqual({
      status: 'incomplete',
      instrument: 'toy',
      version: 'test.1',
      missing: ['second', 'third'],
      flags: [],
    });
  });

  it('returns incomplete for empty answers', () => {
    expect(scoreSum(TOY, {})).toMatchObject({ status: 'incomplete', missing: ['first', 'second', 'third'] });
  });

  it('keeps excluded items in the result with 0 points and leaves them out of the total', () => {
    const result = scoreSum(
      TOY,
      { first: 2, second: 3, third: 1 },
      { toleranceUnderMedicalSupervision: true },
      { excludedItems: (context) => (context.toleranceUnderMedicalSupervision === true ? ['second'] : []) },
    );
    expect(result).toMatchObject({
      total: 3,
      band: { id: 'low' },
      items: [
        { id: 'first', value: 2, points: 2 },
        { id: 'second', value: 3, points: 0, excluded: true },
        { id: 'third', value: 1, points: 1 },
      ],
    });
  });

  it('computes flags from the readable answers on complete, incomplete and invalid forms (C.4.4)', () => {
    const rules = {
      flags: (points: ReadonlyMap<string, number>) =>
        (points.get('third') ?? 0) > 0 ? (['suicidal-ideation'] as const) : [],
    };
    expect(scoreSum(TOY, { first: 0, second: 0, third: 1 }, {}, rules)).toMatchObject({ flags: ['suicidal-ideation'] });
    expect(scoreSum(TOY, { third: 2 }, {}, rules)).toMatchObject({
      status: 'incomplete',
      flags: ['suicidal-ideation'],
    });
    expect(scoreSum(TOY, { first: 5, third: 2 }, {}, rules)).toMatchObject({
      status: 'invalid',
      flags: ['suicidal-ideation'],
    });
    expect(scoreSum(TOY, { first: 5, third: 0 }, {}, rules)).toMatchObject({ status: 'invalid', flags: [] });
    expect(scoreSum(TOY, { first: 5 }, {})).toMatchObject({ status: 'invalid', flags: [] });
  });

  it('uses a custom answer rule when given one', () => {
    const rules = {
      answerPoints: () => ({ ok: false, reason: 'out-of-range' }) as const,
    };
    expect(scoreSum(TOY, { first: 0, second: 0, third: 0 }, {}, rules)).toMatchObject({
      status: 'invalid',
      issues: [
        { itemId: 'first', reason: 'out-of-range' },
        { itemId: 'second', reason: 'out-of-range' },
        { itemId: 'third', reason: 'out-of-range' },
      ],
    });
  });
});
