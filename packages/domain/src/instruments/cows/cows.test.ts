import { describe, expect, it } from 'vitest';
import { answersInOrder } from '../answers-in-order.js';
import { classifyTotal } from '../classify-total.js';
import type { AnswerValue } from '../score-result.js';
import { COWS_DEFINITION } from './cows.items.js';
import { scoreCows } from './cows.js';
import { pulsePointsFromBpm } from './cows-pulse.js';

/** Values in published order: pulse, sweating, restlessness, pupils, boneJoint, rhinorrhoeaTearing, gi, tremor, yawning, anxiety, gooseflesh. */
const cows = (...values: (AnswerValue | undefined)[]): ReturnType<typeof answersInOrder> =>
  answersInOrder(COWS_DEFINITION, values);

describe('scoreCows: reference vectors C1–C8 (clinical reference §1)', () => {
  it.each([
    { name: 'C1', bpm: 80, pulse: 0, rest: [1, 1, 1, 1, 0, 0, 0, 0, 0, 0], total: 4, band: 'below-mild' },
    { name: 'C2', bpm: 76, pulse: 0, rest: [0, 1, 1, 1, 0, 0, 0, 1, 1, 0], total: 5, band: 'mild' },
    { name: 'C3', bpm: 88, pulse: 1, rest: [1, 1, 1, 1, 1, 1, 1, 1, 1, 0], total: 10, band: 'mild' },
    { name: 'C4', bpm: 104, pulse: 2, rest: [2, 3, 2, 2, 2, 2, 1, 2, 2, 3], total: 23, band: 'moderate' },
    { name: 'C5', bpm: 110, pulse: 2, rest: [3, 3, 2, 2, 2, 3, 2, 2, 1, 3], total: 25, band: 'moderately-severe' },
    { name: 'C6', bpm: 125, pulse: 4, rest: [4, 5, 5, 4, 2, 3, 2, 2, 2, 3], total: 36, band: 'moderately-severe' },
    { name: 'C7', bpm: 125, pulse: 4, rest: [4, 5, 5, 4, 2, 3, 2, 2, 2, 5], total: 38, band: 'severe' },
    { name: 'C8', bpm: 128, pulse: 4, rest: [4, 5, 5, 4, 4, 5, 4, 4, 4, 5], total: 48, band: 'severe' },
  ])('$name: pulse $bpm bpm scores $total, $band', ({ bpm, pulse, rest, total, band }) => {
    const result = scoreCows(cows({ bpm }, ...rest));
    expect(result).toMatchObject({ status: 'complete', instrument: 'cows', version: '2003.2', total, flags: [] });
    expect(result.status === 'complete' && result.band?.id).toBe(band);
    expect(result.status === 'complete' && result.items[0]).toEqual({ id: 'pulse', value: { bpm }, points: pulse });
  });

  it.each([
    { name: 'C1', values: [0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0] },
    { name: 'C4', values: [2, 2, 3, 2, 2, 2, 2, 1, 2, 2, 3] },
    { name: 'C8', values: [4, 4, 5, 5, 4, 4, 5, 4, 4, 4, 5] },
  ])('$name is refused when the pulse is given as points: only the measured bpm is taken', ({ values }) => {
    expect(scoreCows(cows(...values))).toEqual({
      status: 'invalid',
      instrument: 'cows',
      version: '2003.2',
      issues: [{ itemId: 'pulse', reason: 'wrong-type' }],
      flags: [],
    });
  });

  it.each([0, 1, 2, 4])('refuses every pulse points value (%i), published score or not', (points) => {
    expect(scoreCows(cows(points, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))).toMatchObject({
      status: 'invalid',
      issues: [{ itemId: 'pulse', reason: 'wrong-type' }],
    });
  });

  it('declares the pulse as measured in bpm, 20–250, so forms and the API ask for the rate', () => {
    expect(COWS_DEFINITION.items[0]).toMatchObject({ id: 'pulse', measurement: { unit: 'bpm', min: 20, max: 250 } });
    expect(COWS_DEFINITION.items.slice(1).every((item) => item.measurement === undefined)).toBe(true);
  });

  it('labels the band with its message key', () => {
    const result = scoreCows(cows({ bpm: 70 }, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    expect(result).toMatchObject({ total: 0, band: { id: 'below-mild', labelKey: 'instrument.cows.band.below-mild' } });
  });
});

describe('pulsePointsFromBpm: reference vector C10', () => {
  it.each([
    [20, 0],
    [80, 0],
    [81, 1],
    [100, 1],
    [101, 2],
    [120, 2],
    [121, 4],
    [250, 4],
  ])('scores %i bpm as %i points', (bpm, points) => {
    expect(pulsePointsFromBpm(bpm)).toBe(points);
    expect(scoreCows(cows({ bpm }, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))).toMatchObject({ status: 'complete', total: points });
  });

  it.each([19, 251, 80.5, Number.NaN])('throws a RangeError for %s bpm, which callers must check first', (bpm) => {
    expect(() => pulsePointsFromBpm(bpm)).toThrow(RangeError);
  });
});

describe('scoreCows: pulse given as bpm', () => {
  it.each([
    { bpm: 19, reason: 'out-of-range' },
    { bpm: 251, reason: 'out-of-range' },
    { bpm: 0, reason: 'out-of-range' },
    { bpm: -70, reason: 'out-of-range' },
    { bpm: 88.5, reason: 'wrong-type' },
    { bpm: Number.NaN, reason: 'wrong-type' },
    { bpm: Number.POSITIVE_INFINITY, reason: 'wrong-type' },
    { bpm: '88', reason: 'wrong-type' },
    { bpm: undefined, reason: 'wrong-type' },
  ])('rejects a pulse of $bpm bpm as $reason', ({ bpm, reason }) => {
    const pulse = { bpm } as unknown as AnswerValue;
    expect(scoreCows(cows(pulse, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))).toEqual({
      status: 'invalid',
      instrument: 'cows',
      version: '2003.2',
      issues: [{ itemId: 'pulse', reason }],
      flags: [],
    });
  });

  it('stores only the bpm, dropping anything else sent with it', () => {
    const pulse = { bpm: 96, note: 'after stairs' } as unknown as AnswerValue;
    const result = scoreCows(cows(pulse, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    expect(result.status === 'complete' && result.items[0]).toEqual({ id: 'pulse', value: { bpm: 96 }, points: 1 });
  });

  it('rejects a bpm object on any item other than pulse', () => {
    const result = scoreCows(cows({ bpm: 70 }, { bpm: 90 }, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    expect(result).toMatchObject({ status: 'invalid', issues: [{ itemId: 'sweating', reason: 'wrong-type' }] });
  });

  it('rejects an array in place of a pulse', () => {
    const pulse = [88] as unknown as AnswerValue;
    expect(scoreCows(cows(pulse, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))).toMatchObject({
      issues: [{ itemId: 'pulse', reason: 'wrong-type' }],
    });
  });
});

describe('scoreCows: only published scores are accepted (C9)', () => {
  it.each([
    { item: 'restlessness', value: 2 },
    { item: 'restlessness', value: 4 },
    { item: 'pupils', value: 3 },
    { item: 'gi', value: 4 },
    { item: 'gooseflesh', value: 1 },
    { item: 'gooseflesh', value: 4 },
    { item: 'sweating', value: 5 },
    { item: 'anxiety', value: -1 },
  ])('rejects $item = $value as not a published option', ({ item, value }) => {
    const answers = { ...cows({ bpm: 70 }, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), [item]: value };
    expect(scoreCows(answers)).toMatchObject({
      status: 'invalid',
      issues: [{ itemId: item, reason: 'not-an-option' }],
    });
  });

  it('reports every bad answer together, unanswered items included', () => {
    const answers = { ...cows(undefined, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0), tremor: 2.5, heartRate: 90 };
    expect(scoreCows(answers)).toMatchObject({
      status: 'invalid',
      issues: [
        { itemId: 'pulse', reason: 'missing' },
        { itemId: 'restlessness', reason: 'not-an-option' },
        { itemId: 'tremor', reason: 'wrong-type' },
        { itemId: 'heartRate', reason: 'unknown-item' },
      ],
    });
  });
});

describe('scoreCows: incomplete forms', () => {
  it('returns incomplete with the missing items and no total', () => {
    const result = scoreCows(cows({ bpm: 90 }, 1, 1, undefined, 1, 1, 1, 1, 1, 1, undefined));
    expect(result).toEqual({
      status: 'incomplete',
      instrument: 'cows',
      version: '2003.2',
      missing: ['pupils', 'gooseflesh'],
      flags: [],
    });
  });
});

describe('COWS bands (clinical reference §1)', () => {
  it.each([
    [0, 'below-mild'],
    [4, 'below-mild'],
    [5, 'mild'],
    [12, 'mild'],
    [13, 'moderate'],
    [24, 'moderate'],
    [25, 'moderately-severe'],
    [36, 'moderately-severe'],
    [37, 'severe'],
    [48, 'severe'],
  ])('classifies a total of %i as %s', (total, band) => {
    expect(classifyTotal(COWS_DEFINITION, total)?.id).toBe(band);
  });

  it('never labels 0–4 as mild (a known error in some calculators)', () => {
    expect(classifyTotal(COWS_DEFINITION, 4)?.id).not.toBe('mild');
    expect(classifyTotal(COWS_DEFINITION, 12)?.id).not.toBe('moderate');
  });
});
