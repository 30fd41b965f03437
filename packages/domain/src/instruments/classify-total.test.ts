import { describe, expect, it } from 'vitest';
import { classifyTotal } from './classify-total.js';
import { COWS_DEFINITION } from './cows/cows.items.js';
import { PHQ9_DEFINITION } from './phq9/phq9.items.js';
import { SOWS_KRATOM_DEFINITION } from './sows/sows.items.js';

describe('classifyTotal', () => {
  it('returns the whole band, with its label key and range', () => {
    expect(classifyTotal(PHQ9_DEFINITION, 12)).toEqual({
      id: 'moderate',
      labelKey: 'instrument.phq9.band.moderate',
      min: 10,
      max: 14,
    });
  });

  it.each([
    { name: 'below the minimum', total: -1 },
    { name: 'above the maximum', total: 49 },
    { name: 'a fraction', total: 12.5 },
    { name: 'NaN', total: Number.NaN },
    { name: 'Infinity', total: Number.POSITIVE_INFINITY },
  ])('returns null for a total that is $name', ({ total }) => {
    expect(classifyTotal(COWS_DEFINITION, total)).toBeNull();
  });

  it('returns null for an instrument without bands', () => {
    expect(classifyTotal(SOWS_KRATOM_DEFINITION, 20)).toBeNull();
  });
});
