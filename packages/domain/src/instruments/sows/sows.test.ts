import { describe, expect, it } from 'vitest';
import { answersInOrder } from '../answers-in-order.js';
import { classifyTotal } from '../classify-total.js';
import { SOWS_DEFINITION } from './sows.items.js';
import { scoreSows } from './sows.js';

const sows = (values: readonly (number | undefined)[]): ReturnType<typeof answersInOrder> =>
  answersInOrder(SOWS_DEFINITION, values);
const all = (value: number): number[] => Array.from({ length: 16 }, () => value);

describe('scoreSows: reference vectors S1–S5 (clinical reference §2)', () => {
  it.each([
    { name: 'S1 (all 0, minimum)', values: all(0), total: 0 },
    { name: 'S2 (all 4, maximum)', values: all(4), total: 64 },
    { name: 'S3', values: [2, 1, 1, 0, 1, 0, 1, 2, 1, 3, 2, 1, 0, 1, 1, 3], total: 20 },
  ])('$name totals $total with no band', ({ values, total }) => {
    expect(scoreSows(sows(values))).toMatchObject({
      status: 'complete',
      instrument: 'sows',
      version: '1987-kratom-adapted.1',
      total,
      band: null,
      flags: [],
    });
  });

  it('S4: with 15 of 16 items answered it is incomplete, with no total and no pro-rating', () => {
    const values = [2, 1, 1, 0, 1, 0, 1, 2, 1, 3, 2, 1, 0, 1, 1, undefined];
    const result = scoreSows(sows(values));
    expect(result).toEqual({
      status: 'incomplete',
      instrument: 'sows',
      version: '1987-kratom-adapted.1',
      missing: ['urgeToUseKratom'],
      flags: [],
    });
    expect(result).not.toHaveProperty('total');
  });

  it.each(SOWS_DEFINITION.items.map((item) => item.id))('S5: rejects 5 on %s', (itemId) => {
    const answers = { ...sows(all(0)), [itemId]: 5 };
    expect(scoreSows(answers)).toEqual({
      status: 'invalid',
      instrument: 'sows',
      version: '1987-kratom-adapted.1',
      issues: [{ itemId, reason: 'not-an-option' }],
    });
  });
});

describe('scoreSows: answers outside the 0–4 scale', () => {
  it.each([
    { value: -1, reason: 'not-an-option' },
    { value: 2.5, reason: 'wrong-type' },
    { value: '2', reason: 'wrong-type' },
    { value: null, reason: 'wrong-type' },
  ])('rejects $value as $reason', ({ value, reason }) => {
    const answers = { ...sows(all(1)), anxious: value } as unknown as Parameters<typeof scoreSows>[0];
    expect(scoreSows(answers)).toMatchObject({ status: 'invalid', issues: [{ itemId: 'anxious', reason }] });
  });
});

describe('SOWS has no severity bands', () => {
  it.each([0, 1, 10, 11, 20, 21, 30, 31, 64])('leaves a total of %i unbanded', (total) => {
    expect(classifyTotal(SOWS_DEFINITION, total)).toBeNull();
  });

  it('keeps the kratom adaptation of item 16 visible in the version and citation', () => {
    expect(SOWS_DEFINITION.items.at(-1)?.id).toBe('urgeToUseKratom');
    expect(SOWS_DEFINITION.version).toContain('kratom-adapted');
    expect(SOWS_DEFINITION.citation).toContain('Adapted for kratom');
  });
});
