import { ZApiError, ZScoreResponse } from '@kratom-care/contracts';
import { INSTRUMENT_IDS } from '@kratom-care/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app-types.js';
import { buildTestApp } from '../test/build-test-app.js';
import { postJson, postValue } from '../test/inject-json.js';
import { API_VECTORS } from '../test/instrument-fixtures.js';
import {
  answersReaching,
  REFERENCE_INSTRUMENTS,
  referenceScore,
  type ReferenceInstrument,
  type ReferenceInstrumentId,
  type ReferenceOutcome,
} from '../test/reference-scorer.js';

/** SECURITY.md F6: at least 200 seeded bad-input runs per route per change. */
const RUNS_PER_INSTRUMENT = 250;

type Path = ReadonlyArray<string | number>;
interface Mutation {
  readonly text: string;
  /** The field the mutation broke; every 400 with issues must name it (or a field inside it). */
  readonly path: Path | null;
}

const RAW = '"\u0000raw\u0000"';
/** Values JSON.stringify cannot produce, spliced in as raw text. */
const RAW_TOKENS = ['1e309', '-1e309', '-0', '1e-400', '0.1e1', '00', 'NaN', '"\\ud800"', '"\\u0000"', '"\\u202e1"'];

function nested(depth: number): unknown {
  let value: unknown = 0;
  for (let level = 0; level < depth; level += 1) {
    value = [value];
  }
  return value;
}

const weirdValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.integer({ min: -10, max: 300 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(nested(1000), new Array(10_000).fill(1), 'x'.repeat(10_000), { bpm: '80' }, { bpm: null }),
);

/** The pulse conversion's edges (REFERENCE §1 vector C10 and the 20–250 bpm guard), drawn more often. */
const PULSE_EDGES = fc.constantFrom(20, 80, 81, 100, 101, 120, 121, 250);

const REFERENCE_IDS = Object.keys(REFERENCE_INSTRUMENTS) as ReferenceInstrumentId[];

/** A complete, valid body built from the reference's items and scores, never from the code under test. */
function validBody(id: ReferenceInstrumentId): fc.Arbitrary<Record<string, unknown>> {
  const instrument: ReferenceInstrument = REFERENCE_INSTRUMENTS[id];
  const answers = Object.fromEntries(
    instrument.items.map((item) => {
      const answer =
        item.bpmOnly === true
          ? fc.record({ bpm: fc.oneof(fc.integer({ min: 20, max: 250 }), PULSE_EDGES) })
          : fc.constantFrom(...item.points);
      return [item.id, answer];
    }),
  );
  const context =
    instrument.excludedUnderSupervision === undefined
      ? fc.constant(undefined)
      : fc.option(
          fc.record(
            Object.fromEntries(Object.keys(instrument.excludedUnderSupervision).map((name) => [name, fc.boolean()])),
            { requiredKeys: [] },
          ),
          { nil: undefined },
        );
  return fc
    .record({ answers: fc.record(answers), context })
    .map(({ answers: a, context: c }) => (c === undefined ? { answers: a } : { answers: a, context: c }));
}

function mutations(id: ReferenceInstrumentId, body: Record<string, unknown>): fc.Arbitrary<Mutation> {
  const itemIds = REFERENCE_INSTRUMENTS[id].items.map((item) => item.id);
  const answers = body['answers'] as Record<string, unknown>;
  const withAnswer = (itemId: string, value: unknown): Record<string, unknown> => ({
    ...body,
    answers: { ...answers, [itemId]: value },
  });
  const item = fc.constantFrom(...itemIds);
  const strangeKey = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', ''),
  );
  return fc.oneof(
    item.map((itemId) => {
      const rest = Object.fromEntries(Object.entries(answers).filter(([key]) => key !== itemId));
      return { text: JSON.stringify({ ...body, answers: rest }), path: ['answers', itemId] };
    }),
    fc.tuple(item, weirdValue).map(([itemId, value]) => ({
      text: JSON.stringify(withAnswer(itemId, value)),
      path: ['answers', itemId],
    })),
    fc.tuple(item, fc.integer({ min: -1, max: 1 })).map(([itemId, delta]) => ({
      text: JSON.stringify(withAnswer(itemId, (typeof answers[itemId] === 'number' ? answers[itemId] : 0) + delta)),
      path: ['answers', itemId],
    })),
    fc.tuple(item, fc.constantFrom(...RAW_TOKENS)).map(([itemId, token]) => ({
      text: JSON.stringify(withAnswer(itemId, '\u0000raw\u0000')).replace(RAW, token),
      path: ['answers', itemId],
    })),
    fc.tuple(item, fc.constantFrom(...RAW_TOKENS, '"1"', '9')).map(([itemId, token]) => {
      // A duplicate key: JSON.parse keeps the last one, so the duplicate is what gets validated.
      const text = JSON.stringify(body).replace('"answers":{', `"answers":{"${itemId}":0,`);
      return { text: text.replace(`"${itemId}":0,`, `"${itemId}":0,"${itemId}":${token},`), path: null };
    }),
    fc.tuple(strangeKey, weirdValue).map(([key, value]) => ({
      text: JSON.stringify({ ...body, answers: { ...answers, [key]: value } }),
      path: ['answers', key],
    })),
    fc.tuple(strangeKey, weirdValue).map(([key, value]) => ({
      text: JSON.stringify({ ...body, [key]: value }),
      path: [key],
    })),
    weirdValue.map((value) => ({ text: JSON.stringify({ ...body, answers: value }), path: ['answers'] })),
    weirdValue.map((value) => ({ text: JSON.stringify({ ...body, context: value }), path: ['context'] })),
    weirdValue.map((value) => ({ text: JSON.stringify(value), path: [] })),
    fc.nat().map((cut) => {
      const text = JSON.stringify(body);
      return { text: text.slice(0, cut % text.length), path: null };
    }),
  );
}

function startsWith(path: Path, prefix: Path): boolean {
  return prefix.every((segment, index) => path[index] === segment);
}

/** The route's 200 answer must be exactly what the reference scorer computed. */
function expectScored(json: unknown, expected: ReferenceOutcome & { accepted: true }): void {
  const body = ZScoreResponse.parse(json);
  expect(body.total).toBe(expected.total);
  expect(body.band?.id ?? null).toBe(expected.band);
  expect(body.flags).toEqual(expected.flags);
  expect(body.items.map(({ id, points, excluded }) => ({ id, points, excluded }))).toEqual(expected.items);
}

/** The lowest and highest total of every band; without bands (SOWS), the ends of the range, banded `null`. */
function bandEdges(id: ReferenceInstrumentId): Array<{ band: string | null; total: number }> {
  const instrument: ReferenceInstrument = REFERENCE_INSTRUMENTS[id];
  if (instrument.bands.length === 0) {
    const highest = instrument.items.reduce((sum, item) => sum + Math.max(...item.points), 0);
    return [
      { band: null, total: 0 },
      { band: null, total: highest },
    ];
  }
  return instrument.bands.flatMap((band) => [
    { band: band.id, total: band.min },
    { band: band.id, total: band.max },
  ]);
}

describe('the reference scorer used as the oracle below', () => {
  it('covers exactly the instruments the API scores', () => {
    expect(new Set(REFERENCE_IDS)).toEqual(new Set(INSTRUMENT_IDS));
  });

  it.each(API_VECTORS)('agrees with reference vector $name', (vector) => {
    const outcome = referenceScore(vector.instrument, JSON.stringify(vector.body));
    expect(outcome).toMatchObject({ accepted: true, total: vector.total, band: vector.band, flags: vector.flags });
  });
});

describe.each(REFERENCE_IDS)('POST /api/instruments/%s/score against the independent reference scorer', (id) => {
  let app: App;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  const url = `/api/instruments/${id}/score`;
  it.each(bandEdges(id))('puts a total of $total in band $band', async ({ band, total }) => {
    const text = JSON.stringify({ answers: answersReaching(id, total) });
    expect(referenceScore(id, text)).toMatchObject({ accepted: true, total, band });

    const res = await postJson(app, url, text);
    expect(res.statusCode).toBe(200);
    expect(ZScoreResponse.parse(res.json())).toMatchObject({ total, band: band === null ? null : { id: band } });
  });

  it('takes every published score of every item, and no other whole number', async () => {
    const instrument: ReferenceInstrument = REFERENCE_INSTRUMENTS[id];
    const base = answersReaching(id, 0);
    for (const item of instrument.items) {
      for (let value = -1; value <= Math.max(...item.points) + 1; value += 1) {
        const text = JSON.stringify({ answers: { ...base, [item.id]: value } });
        const expected = referenceScore(id, text);
        const res = await postJson(app, url, text);
        expect(res.statusCode, `${item.id} = ${value}`).toBe(expected.accepted ? 200 : 400);
        if (expected.accepted) {
          expectScored(res.json(), expected);
        }
      }
    }
  });

  // Only COWS takes a measured pulse (and only as bpm); the other instruments get no such test rather than a skipped one.
  if (id === 'cows') {
    it('converts every pulse from 15 to 255 bpm as the reference does', async () => {
      const base = answersReaching(id, 0);
      for (let bpm = 15; bpm <= 255; bpm += 1) {
        const text = JSON.stringify({ answers: { ...base, pulse: { bpm } } });
        const expected = referenceScore(id, text);
        const res = await postJson(app, url, text);
        expect(res.statusCode, `${bpm} bpm`).toBe(expected.accepted ? 200 : 400);
        if (expected.accepted) {
          expectScored(res.json(), expected);
        }
      }
    });
  }

  it(`scores every valid body as the reference does (${RUNS_PER_INSTRUMENT} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(validBody(id), async (body) => {
        const expected = referenceScore(id, JSON.stringify(body));
        expect(expected.accepted).toBe(true);
        const res = await postValue(app, url, body);
        expect(res.statusCode).toBe(200);
        if (expected.accepted) {
          expectScored(res.json(), expected);
        }
      }),
      { numRuns: RUNS_PER_INSTRUMENT },
    );
  });

  it(`never answers 5xx, refuses what the reference refuses, and every 400 names the broken field (${RUNS_PER_INSTRUMENT} runs)`, async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        validBody(id).chain((body) => mutations(id, body)),
        async ({ text, path }) => {
          runs += 1;
          const expected = referenceScore(id, text);
          const res = await postJson(app, url, text);
          expect(res.statusCode).toBe(expected.accepted ? 200 : 400);
          if (expected.accepted) {
            expectScored(res.json(), expected);
            return;
          }
          const error = ZApiError.parse(res.json());
          expect(error.code).toBe('INVALID_BODY');
          const issuePaths = (error.issues ?? []).map((issue) => JSON.stringify(issue.path));
          expect(new Set(issuePaths).size).toBe(issuePaths.length);
          if (path !== null && error.issues !== undefined) {
            expect(error.issues.some((issue) => startsWith(issue.path, path))).toBe(true);
          }
        },
      ),
      { numRuns: RUNS_PER_INSTRUMENT },
    );
    expect(runs).toBeGreaterThanOrEqual(RUNS_PER_INSTRUMENT);
  });
});
