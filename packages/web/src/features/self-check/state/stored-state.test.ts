import { describe, expect, it } from 'vitest';
import { MILD_PATH } from '../../../test/fixtures';
import { parseStoredState, serializeState } from './stored-state';

const stored = (state: unknown): string => JSON.stringify({ v: 1, state });

describe('parseStoredState', () => {
  it('round-trips what it wrote; `remember` follows where it was stored, not what it says', () => {
    expect(parseStoredState(serializeState(MILD_PATH), true)).toEqual(MILD_PATH);
    expect(parseStoredState(serializeState(MILD_PATH), false)).toEqual({ ...MILD_PATH, remember: false });
  });

  it.each([
    ['nothing stored', null],
    ['not JSON', '{oops'],
    ['another format version', JSON.stringify({ v: 2, state: {} })],
    ['a state that is not an object', JSON.stringify({ v: 1, state: [] })],
  ])('starts fresh for %s', (_label, raw) => {
    expect(parseStoredState(raw, false)).toBeNull();
  });

  it('drops answers that are not published options of the item', () => {
    const state = parseStoredState(
      stored({ answers: { sows: { anxious: 2, yawning: 5, unknownItem: 1 }, phq9: { interest: '3' } } }),
      false,
    );
    expect(state?.answers.sows).toEqual({ anxious: 2 });
    expect(state?.answers.phq9).toEqual({});
  });

  it('drops red-flag answers that are not yes/no or not known questions', () => {
    const state = parseStoredState(
      stored({ redFlags: { seizure: true, pregnant: 'yes', __proto__: true, other: false } }),
      false,
    );
    expect(state?.redFlags).toEqual({ seizure: true });
  });

  it('drops use answers that are not offered options or well-formed text', () => {
    const state = parseStoredState(
      stored({
        use: {
          productForms: ['leaf-powder', 'bath-salts', 'leaf-powder'],
          amountPerDose: '<script>',
          doseUnit: 'kg',
          dosesPerDay: '3',
          lastDose: 'yesterday',
          otherSubstances: ['alcohol', 'sugar'],
          substanceDetails: { alcohol: { frequency: 'hourly', shakyWhenGoingWithout: true }, sugar: {} },
        },
      }),
      false,
    );
    expect(state?.use).toMatchObject({
      productForms: ['leaf-powder'],
      amountPerDose: '',
      dosesPerDay: '3',
      lastDose: '',
      otherSubstances: ['alcohol'],
      substanceDetails: { alcohol: { shakyWhenGoingWithout: true } },
    });
    expect(state?.use.doseUnit).toBeUndefined();
  });
});
