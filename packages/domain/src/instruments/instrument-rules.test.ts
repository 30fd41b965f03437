import { describe, expect, it } from 'vitest';
import type { InstrumentDefinition } from './instrument-definition.js';
import { INSTRUMENT_IDS, INSTRUMENTS } from './instrument-registry.js';
import type { AnswerValue, Answers } from './score-result.js';

/** A pulse that converts to each COWS pulse score (clinical reference §1, vector C10 boundaries). */
const BPM_FOR_POINTS: Readonly<Record<number, number>> = { 0: 80, 1: 100, 2: 120, 4: 121 };

/**
 * Answers that reach `total` exactly: each item takes the largest option that still fits; a measured
 * item (COWS pulse) is answered with a measurement that converts to that option.
 */
function answersForTotal(definition: InstrumentDefinition, total: number): Answers {
  let remaining = total;
  const answers: Record<string, AnswerValue> = {};
  for (const item of definition.items) {
    const fitting = item.options.map((option) => option.value).filter((value) => value <= remaining);
    const value = Math.max(...fitting);
    answers[item.id] = item.measurement === undefined ? value : { bpm: BPM_FOR_POINTS[value] ?? Number.NaN };
    remaining -= value;
  }
  if (remaining !== 0) {
    throw new Error(`cannot reach ${total} on ${definition.id}`);
  }
  return answers;
}

const instruments = INSTRUMENT_IDS.map((id) => INSTRUMENTS[id]);

const bandEdges = instruments.flatMap(({ definition, score }) =>
  definition.bands.flatMap((band) => [
    { id: definition.id, total: band.min, band: band.id, score, definition },
    { id: definition.id, total: band.max, band: band.id, score, definition },
  ]),
);

describe('every band edge, scored through each instrument', () => {
  it.each(bandEdges)('$id: a total of $total is $band', ({ definition, score, total, band }) => {
    expect(score(answersForTotal(definition, total))).toMatchObject({ status: 'complete', total, band: { id: band } });
  });
});

const nonOptions = instruments.flatMap(({ definition, score }) =>
  definition.items
    .filter((item) => item.measurement === undefined)
    .flatMap((item) => {
      const published = item.options.map((option) => option.value);
      const candidates = Array.from({ length: Math.max(...published) + 3 }, (_, index) => index - 1);
      return candidates
        .filter((value) => !published.includes(value))
        .map((value) => ({ id: definition.id, item: item.id, value, score, definition }));
    }),
);

describe('every whole number that is not a published option is rejected', () => {
  it.each(nonOptions)('$id: rejects $item = $value', ({ definition, score, item, value }) => {
    const answers = { ...answersForTotal(definition, definition.minTotal), [item]: value };
    // Flags are left to each instrument's own tests: PHQ-9 item 9 = 4 is refused and still flagged.
    expect(score(answers)).toMatchObject({
      status: 'invalid',
      instrument: definition.id,
      version: definition.version,
      issues: [{ itemId: item, reason: 'not-an-option' }],
    });
  });
});

const measuredItems = instruments.flatMap(({ definition, score }) =>
  definition.items
    .filter((item) => item.measurement !== undefined)
    .flatMap((item) =>
      item.options.map((option) => ({ id: definition.id, item: item.id, value: option.value, score, definition })),
    ),
);

describe('a measured item never takes its points, only the measurement (COWS pulse, REFERENCE §1)', () => {
  it('has at least one measured item to check', () => {
    expect(measuredItems.length).toBeGreaterThan(0);
  });

  it.each(measuredItems)('$id: refuses $item = $value given as points', ({ definition, score, item, value }) => {
    const answers = { ...answersForTotal(definition, definition.minTotal), [item]: value };
    expect(score(answers)).toMatchObject({ status: 'invalid', issues: [{ itemId: item, reason: 'wrong-type' }] });
  });
});

describe.each(instruments)('$definition.id: shared answer rules', ({ definition, score }) => {
  it('scores the lowest and highest possible answers as minTotal and maxTotal', () => {
    expect(score(answersForTotal(definition, definition.minTotal))).toMatchObject({ total: definition.minTotal });
    expect(score(answersForTotal(definition, definition.maxTotal))).toMatchObject({ total: definition.maxTotal });
  });

  it('returns incomplete, not a pro-rated total, when the last item is skipped', () => {
    const last = definition.items.at(-1)?.id ?? '';
    const answers = Object.fromEntries(
      Object.entries(answersForTotal(definition, definition.minTotal)).filter(([id]) => id !== last),
    );
    const result = score(answers);
    expect(result).toMatchObject({ status: 'incomplete', missing: [last] });
    expect(result).not.toHaveProperty('total');
  });

  it('rejects an unknown item id', () => {
    const answers = { ...answersForTotal(definition, definition.minTotal), notAnItem: 0 };
    expect(score(answers)).toMatchObject({
      status: 'invalid',
      issues: [{ itemId: 'notAnItem', reason: 'unknown-item' }],
    });
  });

  it('rejects a text answer as wrong-type', () => {
    const first = definition.items[0]?.id ?? '';
    const answers = { ...answersForTotal(definition, definition.minTotal), [first]: '0' } as unknown as Answers;
    expect(score(answers)).toMatchObject({ status: 'invalid', issues: [{ itemId: first, reason: 'wrong-type' }] });
  });
});
