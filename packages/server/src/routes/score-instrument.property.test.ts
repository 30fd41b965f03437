import { SCORE_REQUEST_SCHEMAS, ZApiError } from '@kratom-care/contracts';
import { INSTRUMENT_IDS, INSTRUMENTS, type InstrumentId } from '@kratom-care/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app-types.js';
import { buildTestApp } from '../test/build-test-app.js';
import { postJson } from '../test/inject-json.js';

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

function validBody(id: InstrumentId): fc.Arbitrary<Record<string, unknown>> {
  const items = INSTRUMENTS[id].definition.items;
  const answers = Object.fromEntries(
    items.map((item) => {
      const option = fc.constantFrom(...item.options.map((o) => o.value));
      const answer =
        id === 'cows' && item.id === 'pulse'
          ? fc.oneof(option, fc.record({ bpm: fc.integer({ min: 20, max: 250 }) }))
          : option;
      return [item.id, answer];
    }),
  );
  const context =
    id === 'dsm5-kud'
      ? fc.option(fc.record({ underMedicalSupervision: fc.boolean() }, { requiredKeys: [] }), { nil: undefined })
      : fc.constant(undefined);
  return fc
    .record({ answers: fc.record(answers), context })
    .map(({ answers: a, context: c }) => (c === undefined ? { answers: a } : { answers: a, context: c }));
}

function mutations(id: InstrumentId, body: Record<string, unknown>): fc.Arbitrary<Mutation> {
  const itemIds = INSTRUMENTS[id].definition.items.map((item) => item.id);
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

function schemaAccepts(id: InstrumentId, text: string): boolean {
  try {
    return SCORE_REQUEST_SCHEMAS[id].safeParse(JSON.parse(text)).success;
  } catch {
    return false;
  }
}

function startsWith(path: Path, prefix: Path): boolean {
  return prefix.every((segment, index) => path[index] === segment);
}

describe.each(INSTRUMENT_IDS)('POST /api/instruments/%s/score under random mutation', (id) => {
  let app: App;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it(`never answers 5xx, and every 400 names the broken field (${RUNS_PER_INSTRUMENT} runs)`, async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        validBody(id).chain((body) => mutations(id, body)),
        async ({ text, path }) => {
          runs += 1;
          const started = performance.now();
          const res = await postJson(app, `/api/instruments/${id}/score`, text);
          expect(performance.now() - started).toBeLessThan(1000);
          expect(res.statusCode).toBeLessThan(500);
          expect(res.statusCode === 200).toBe(schemaAccepts(id, text));
          if (res.statusCode === 200) {
            return;
          }
          expect(res.statusCode).toBe(400);
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
