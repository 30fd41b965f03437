import { describe, expect, it } from 'vitest';
import { answersInOrder } from './answers-in-order.js';
import { GAD7_DEFINITION } from './gad7/gad7.items.js';

describe('answersInOrder', () => {
  it('keys values by item id in published order and leaves undefined entries out', () => {
    expect(answersInOrder(GAD7_DEFINITION, [1, 0, undefined, 1, 0, 1, 1])).toEqual({
      nervous: 1,
      cannotStopWorrying: 0,
      troubleRelaxing: 1,
      restless: 0,
      irritable: 1,
      afraid: 1,
    });
  });

  it.each([6, 8])('throws a RangeError when given %i values for 7 items', (count) => {
    expect(() =>
      answersInOrder(
        GAD7_DEFINITION,
        Array.from({ length: count }, () => 0),
      ),
    ).toThrow(RangeError);
  });
});
