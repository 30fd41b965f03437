import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../auth/index.js';
import { PATIENT_A, createAccessWorld, seededRecordId, type AccessWorld } from '../test/access-world.js';
import { TEST_TARGETS } from '../test/auth-fixtures.js';

/*
 * Generated bad vitals: a valid body with at least one deliberate fault. The faults and their
 * limits are written here from the issue (data-entry limits per measurement, systolic above
 * diastolic, at least one value, takenAt an ISO time not in the future), not read from the code
 * under test, so every generated body is known to be bad without asking the validator.
 */

const FIELDS = ['heartRate', 'systolic', 'diastolic', 'temperature', 'respiratoryRate', 'oxygenSaturation'] as const;
type Field = (typeof FIELDS)[number];

/** Values each measurement must refuse: beyond its limit, too precise, or not a number at all. */
const OUT_OF_RANGE: Readonly<Record<Field, fc.Arbitrary<number>>> = {
  heartRate: fc.oneof(fc.integer({ min: -1000, max: 19 }), fc.integer({ min: 301, max: 100_000 })),
  systolic: fc.oneof(fc.integer({ min: -1000, max: 39 }), fc.integer({ min: 301, max: 100_000 })),
  diastolic: fc.oneof(fc.integer({ min: -1000, max: 19 }), fc.integer({ min: 201, max: 100_000 })),
  temperature: fc.oneof(
    fc.double({ min: -500, max: 24.9, noNaN: true }),
    fc.double({ min: 45.1, max: 1e6, noNaN: true }),
  ),
  respiratoryRate: fc.oneof(fc.integer({ min: -100, max: 1 }), fc.integer({ min: 81, max: 10_000 })),
  oxygenSaturation: fc.oneof(fc.integer({ min: -100, max: 39 }), fc.integer({ min: 101, max: 10_000 })),
};
const NOT_A_NUMBER = fc.oneof(
  fc.string(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);

type Body = Record<string, unknown>;
type Fault = (body: Body) => fc.Arbitrary<{ body: Body; fault: string }>;

const tag = (fault: string) => (body: Body) => ({ body, fault });

const FAULTS: readonly Fault[] = [
  // A measurement beyond its limits.
  (body) =>
    fc
      .constantFrom(...FIELDS)
      .chain((field) => OUT_OF_RANGE[field].map((value) => ({ ...body, [field]: value })))
      .map(tag('out of range')),
  // A whole-number measurement with a fraction, a temperature with two decimals.
  (body) =>
    fc
      .constantFrom('heartRate', 'systolic', 'respiratoryRate', 'oxygenSaturation')
      .map((field) => ({ ...body, [field]: 70.5 }))
      .map(tag('too precise')),
  (body) => fc.constant({ ...body, temperature: 37.25 }).map(tag('too precise')),
  // Not a number.
  (body) =>
    fc
      .tuple(fc.constantFrom(...FIELDS), NOT_A_NUMBER)
      .map(([field, value]) => ({ ...body, [field]: value }))
      .map(tag('not a number')),
  // Systolic not above diastolic.
  (body) =>
    fc
      .integer({ min: 40, max: 200 })
      .chain((systolic) =>
        fc.integer({ min: Math.max(20, systolic), max: 200 }).map((diastolic) => ({ ...body, systolic, diastolic })),
      )
      .map(tag('systolic not above diastolic')),
  // No measurement at all.
  (body) => fc.constant({ takenAt: body.takenAt }).map(tag('no measurement')),
  // takenAt missing, malformed, or more than the allowed skew (5 minutes) in the future.
  (body) =>
    fc
      .oneof(
        fc.constant(undefined),
        fc.string({ maxLength: 30 }),
        fc.integer(),
        fc.constantFrom('2026-02-30T00:00:00Z', '2026-01-01', '01/02/2026 10:00', '2026-01-01T25:00:00Z'),
        fc
          .integer({ min: 6, max: 60 * 24 * 365 * 50 })
          .map((minutes) => new Date(Date.now() + minutes * 60_000).toISOString()),
      )
      .map((takenAt) => {
        const { takenAt: _dropped, ...rest } = body;
        return takenAt === undefined ? rest : { ...rest, takenAt };
      })
      .map(tag('bad takenAt')),
  // A field the record does not have.
  (body) =>
    fc
      .string({ minLength: 1, maxLength: 20 })
      .filter((key) => !(FIELDS as readonly string[]).includes(key) && key !== 'takenAt' && key !== '__proto__')
      .map((key) => ({ ...body, [key]: 1 }))
      .map(tag('unknown field')),
];

const validBody: fc.Arbitrary<Body> = fc
  .record(
    {
      heartRate: fc.integer({ min: 20, max: 300 }),
      temperature: fc.integer({ min: 250, max: 450 }).map((tenths) => tenths / 10),
      respiratoryRate: fc.integer({ min: 2, max: 80 }),
      oxygenSaturation: fc.integer({ min: 40, max: 100 }),
      systolic: fc.constant(120),
      diastolic: fc.constant(80),
    },
    { requiredKeys: ['heartRate'] },
  )
  .chain((values) =>
    fc
      .integer({ min: 0, max: 60 * 24 * 365 })
      .map((minutes) => ({ ...values, takenAt: new Date(Date.now() - minutes * 60_000).toISOString() })),
  );

const badVitals = validBody.chain((body) => fc.constantFrom(...FAULTS).chain((fault) => fault(body)));

const RUNS = 150;

describe.each(TEST_TARGETS)('bad vitals on $kind', (target) => {
  let world: AccessWorld;
  let tried = 0;
  const faults = new Map<string, number>();

  beforeAll(async () => {
    world = await createAccessWorld(target);
  }, 30_000);

  afterAll(async () => {
    // Reported in the task note; printed so the number comes from the run itself.
    process.stdout.write(
      `bad vitals tried on ${target.kind}: ${tried} (${[...faults].map(([fault, n]) => `${fault} ${n}`).join(', ')})\n`,
    );
    await world.dispose();
  });

  async function snapshot() {
    return world.scratch.db
      .selectFrom('clinical_record')
      .select(['id', 'version', 'status', 'body'])
      .orderBy('id')
      .execute();
  }

  it.each([
    { method: 'POST' as const, url: `/api/patients/${PATIENT_A}/vitals` },
    { method: 'PUT' as const, url: `/api/patients/${PATIENT_A}/vitals/${seededRecordId('vitals', PATIENT_A)}` },
  ])(
    '$method $url answers 400 naming a field for every bad body, never 5xx, and stores nothing',
    async (route) => {
      const before = await snapshot();
      const failures: string[] = [];
      await fc.assert(
        fc.asyncProperty(badVitals, async ({ body, fault }) => {
          tried += 1;
          faults.set(fault, (faults.get(fault) ?? 0) + 1);
          const response = await world.app.inject({
            method: route.method,
            url: route.url,
            headers: {
              cookie: world.cookie('clinician-on-care-team') ?? '',
              [CSRF_HEADER]: CSRF_HEADER_VALUE,
              'idempotency-key': `bad-vitals-${tried}`,
              'if-match': '"1"',
              'content-type': 'application/json',
            },
            payload: JSON.stringify(body),
          });
          const issues = response.statusCode === 400 ? response.json<{ issues?: { path: unknown[] }[] }>().issues : [];
          const named = (issues ?? []).length > 0 && (issues ?? []).every((issue) => typeof issue.path[0] === 'string');
          if (response.statusCode !== 400 || !named) {
            failures.push(`${fault}: ${JSON.stringify(body)} → ${response.statusCode} ${response.body.slice(0, 200)}`);
          }
          return response.statusCode < 500;
        }),
        { numRuns: RUNS },
      );
      expect(failures).toEqual([]);
      expect(await snapshot()).toEqual(before);
    },
    60_000,
  );
});
