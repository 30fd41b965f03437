import fc from 'fast-check';
import { PATIENT_A } from '../test/access-world.js';
import { describeBadInputs, type Bad, type Body } from '../test/bad-input-harness.js';

/*
 * Generated bad lab results: a valid body with one deliberate fault. The codes, units and limits
 * are written here from issue 10 §5 and the clinical reference (§8 LOINC codes, C.1.2 units), with
 * the data-entry guards of packages/domain/src/liver/README.md taken well outside their edges, so
 * every generated body is known to be bad without asking the validator. Each fault names the field
 * the 400 must name.
 */

interface TestSpec {
  readonly loinc: string;
  readonly units: readonly string[];
  /** Valid values, as [min, max] in the first unit, and values no lab could report. */
  readonly valid: readonly [number, number];
  readonly implausible: fc.Arbitrary<number>;
  /** Whether a lab upper limit is taken, and a plausible one in the first unit. */
  readonly upperLimit: readonly [number, number] | null;
}

const QUANTITATIVE: readonly TestSpec[] = [
  {
    loinc: '1742-6', // ALT
    units: ['U/L', 'ukat/L'],
    valid: [0, 5000],
    implausible: fc.oneof(fc.double({ min: -1e6, max: -0.01, noNaN: true }), fc.integer({ min: 20_001, max: 1e9 })),
    upperLimit: [10, 200],
  },
  {
    loinc: '1920-8', // AST
    units: ['U/L', 'µkat/L'],
    valid: [0, 5000],
    implausible: fc.oneof(fc.double({ min: -1e6, max: -0.01, noNaN: true }), fc.integer({ min: 20_001, max: 1e9 })),
    upperLimit: [10, 200],
  },
  {
    loinc: '6768-6', // ALP
    units: ['U/L'],
    valid: [0, 3000],
    implausible: fc.oneof(fc.double({ min: -1e6, max: -0.01, noNaN: true }), fc.integer({ min: 10_001, max: 1e9 })),
    upperLimit: [40, 400],
  },
  {
    loinc: '1975-2', // total bilirubin, mg/dL
    units: ['mg/dL'],
    valid: [0, 40],
    implausible: fc.oneof(fc.double({ min: -1e6, max: -0.01, noNaN: true }), fc.integer({ min: 101, max: 1e9 })),
    upperLimit: [0.5, 3],
  },
  {
    loinc: '6301-6', // INR: no unit, no upper limit
    units: [],
    valid: [0.8, 10],
    implausible: fc.oneof(fc.double({ min: -1e6, max: 0.49, noNaN: true }), fc.integer({ min: 21, max: 1e9 })),
    upperLimit: null,
  },
];
const URINE_CODES = ['75649-4', '72732-1'] as const;
const KNOWN_CODES = [...QUANTITATIVE.map((test) => test.loinc), ...URINE_CODES];
const KNOWN_UNITS = ['U/L', 'ukat/L', 'µkat/L', 'mg/dL', 'umol/L', 'µmol/L', '1', ''];

const pastTime = fc
  .integer({ min: 0, max: 60 * 24 * 365 })
  .map((minutes) => new Date(Date.now() - minutes * 60_000).toISOString());

const validQuantitative = (spec: TestSpec): fc.Arbitrary<Body> =>
  fc
    .record({
      value: fc.integer({ min: spec.valid[0] * 10, max: spec.valid[1] * 10 }).map((tenths) => tenths / 10),
      collectedAt: pastTime,
      upperLimit:
        spec.upperLimit === null
          ? fc.constant(undefined)
          : fc.option(fc.double({ min: spec.upperLimit[0], max: spec.upperLimit[1], noNaN: true }), {
              nil: undefined,
            }),
    })
    .map(({ value, collectedAt, upperLimit }) => ({
      loinc: spec.loinc,
      value,
      collectedAt,
      ...(spec.units[0] === undefined ? {} : { unit: spec.units[0] }),
      ...(upperLimit === undefined ? {} : { upperLimit }),
    }));

const validUrine: fc.Arbitrary<Body> = fc.record({
  loinc: fc.constantFrom(...URINE_CODES),
  value: fc.constantFrom('positive', 'negative'),
  collectedAt: pastTime,
});

const NOT_A_NUMBER = fc.oneof(
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
  fc.string({ maxLength: 30 }),
);

const without = (body: Body, key: string): Body => Object.fromEntries(Object.entries(body).filter(([k]) => k !== key));

const BAD_LABS: readonly fc.Arbitrary<Bad>[] = [
  // A LOINC code the product does not take, or none at all.
  fc
    .tuple(
      fc.constantFrom(...QUANTITATIVE),
      fc.oneof(
        fc.string({ maxLength: 30 }).filter((code) => !KNOWN_CODES.includes(code)),
        fc.constant(undefined),
        fc.integer(),
        fc.constant(null),
      ),
    )
    .chain(([spec, loinc]) =>
      validQuantitative(spec).map((body) => ({
        body: loinc === undefined ? without(body, 'loinc') : { ...body, loinc },
        fault: 'unknown code',
        field: 'loinc',
      })),
    ),
  // A unit the product does not know for the test (C.1.2: never guessed).
  fc
    .tuple(
      fc.constantFrom(...QUANTITATIVE.filter((spec) => spec.units.length > 0)),
      fc.oneof(
        fc.string({ minLength: 1, maxLength: 20 }).filter((unit) => !KNOWN_UNITS.includes(unit)),
        fc.constantFrom('mmol/L', 'IU', 'g/L', 'U/mL', 'mg/L', '__proto__', 'constructor', 'toString'),
      ),
    )
    .chain(([spec, unit]) =>
      validQuantitative(spec).map((body) => ({ body: { ...body, unit }, fault: 'unknown unit', field: 'unit' })),
    ),
  // An enzyme unit on bilirubin, a bilirubin unit on an enzyme, any unit on an INR.
  fc
    .constantFrom(
      { spec: QUANTITATIVE[0], unit: 'mg/dL' },
      { spec: QUANTITATIVE[2], unit: 'umol/L' },
      { spec: QUANTITATIVE[3], unit: 'U/L' },
      { spec: QUANTITATIVE[4], unit: 'U/L' },
    )
    .chain(({ spec, unit }) =>
      validQuantitative(spec as TestSpec).map((body) => ({
        body: { ...body, unit },
        fault: 'wrong unit for the test',
        field: 'unit',
      })),
    ),
  // A value no lab could report (a typing slip), in the test's first unit.
  fc
    .constantFrom(...QUANTITATIVE)
    .chain((spec) =>
      fc
        .tuple(validQuantitative(spec), spec.implausible)
        .map(([body, value]) => ({ body: { ...body, value }, fault: 'value out of range', field: 'value' })),
    ),
  // A lab without a value, or a value that is not a number.
  fc.tuple(fc.constantFrom(...QUANTITATIVE), fc.oneof(fc.constant(undefined), NOT_A_NUMBER)).chain(([spec, value]) =>
    validQuantitative(spec).map((body) => ({
      body: value === undefined ? without(body, 'value') : { ...body, value },
      fault: 'no value',
      field: 'value',
    })),
  ),
  // A urine test without positive/negative.
  fc
    .tuple(
      validUrine,
      fc.oneof(
        fc.constant(undefined),
        fc.integer(),
        fc.string({ maxLength: 30 }).filter((value) => value !== 'positive' && value !== 'negative'),
      ),
    )
    .map(([body, value]) => ({
      body: value === undefined ? without(body, 'value') : { ...body, value },
      fault: 'bad urine result',
      field: 'value',
    })),
  // An upper limit where none is taken, one that is not a number, or one no lab would print.
  fc
    .tuple(
      fc.oneof(validUrine, validQuantitative(QUANTITATIVE[4] as TestSpec)),
      fc.double({ min: 0.1, max: 500, noNaN: true }),
    )
    .map(([body, upperLimit]) => ({
      body: { ...body, upperLimit },
      fault: 'upper limit not taken',
      field: 'upperLimit',
    })),
  fc
    .tuple(
      fc.constantFrom(...QUANTITATIVE.slice(0, 4)),
      fc.oneof(
        NOT_A_NUMBER.filter((value) => value !== null),
        fc.double({ min: -1e6, max: 0, noNaN: true }),
        fc.integer({ min: 100_000, max: 1e9 }),
      ),
    )
    .chain(([spec, upperLimit]) =>
      validQuantitative(spec).map((body) => ({
        body: { ...body, upperLimit },
        fault: 'bad upper limit',
        field: 'upperLimit',
      })),
    ),
  // collectedAt missing, malformed, or more than the allowed skew (5 minutes) in the future.
  fc
    .tuple(
      fc.constantFrom(...QUANTITATIVE),
      fc.oneof(
        fc.constant(undefined),
        fc.string({ maxLength: 30 }),
        fc.integer(),
        fc.constantFrom('2026-02-30T00:00:00Z', '2026-01-01', '01/02/2026 10:00', '2026-01-01T25:00:00Z'),
        fc
          .integer({ min: 6, max: 60 * 24 * 365 * 50 })
          .map((minutes) => new Date(Date.now() + minutes * 60_000).toISOString()),
      ),
    )
    .chain(([spec, collectedAt]) =>
      validQuantitative(spec).map((body) => ({
        body: collectedAt === undefined ? without(body, 'collectedAt') : { ...body, collectedAt },
        fault: 'bad collectedAt',
        field: 'collectedAt',
      })),
    ),
  // A field the record does not have.
  fc
    .tuple(
      validUrine,
      fc
        .string({ minLength: 1, maxLength: 20 })
        .filter((key) => !['loinc', 'value', 'unit', 'upperLimit', 'collectedAt', '__proto__'].includes(key)),
    )
    .map(([body, key]) => ({ body: { ...body, [key]: 1 }, fault: 'unknown field', field: key })),
];

describeBadInputs('lab results', [
  {
    name: 'labs',
    method: 'POST',
    url: `/api/patients/${PATIENT_A}/labs`,
    // Each fault builds its body from the test it names, so it starts from its own valid body.
    valid: fc.oneof(validUrine, ...QUANTITATIVE.map(validQuantitative)),
    faults: BAD_LABS.map((bad) => () => bad),
    runs: 250,
    validSamples: 20,
  },
]);
