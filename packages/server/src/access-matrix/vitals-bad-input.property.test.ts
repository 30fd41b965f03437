import fc from 'fast-check';
import { PATIENT_A, seededRecordId } from '../test/access-world.js';
import { describeBadInputs, tag, type Body, type Fault } from '../test/bad-input-harness.js';
import { NOT_A_NUMBER, badTime, unknownField } from '../test/bad-input-faults.js';

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

const FAULTS: readonly Fault[] = [
  // A measurement beyond its limits.
  (body) =>
    fc
      .constantFrom(...FIELDS)
      .chain((field) => OUT_OF_RANGE[field].map((value) => tag('out of range', field)({ ...body, [field]: value }))),
  // A whole-number measurement with a fraction, a temperature with two decimals.
  (body) =>
    fc
      .constantFrom('heartRate', 'systolic', 'respiratoryRate', 'oxygenSaturation')
      .map((field) => tag('too precise', field)({ ...body, [field]: 70.5 })),
  (body) => fc.constant(tag('too precise', 'temperature')({ ...body, temperature: 37.25 })),
  // Not a number.
  (body) =>
    fc
      .tuple(fc.constantFrom(...FIELDS), NOT_A_NUMBER)
      .map(([field, value]) => tag('not a number', field)({ ...body, [field]: value })),
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
  badTime(['takenAt'], { required: ['takenAt'] }),
  // A field the record does not have.
  unknownField([...FIELDS, 'takenAt']),
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

describeBadInputs('vitals', [
  { name: 'vitals', method: 'POST', url: `/api/patients/${PATIENT_A}/vitals`, valid: validBody, faults: FAULTS },
  {
    name: 'vitals',
    method: 'PUT',
    url: `/api/patients/${PATIENT_A}/vitals/${seededRecordId('vitals', PATIENT_A)}`,
    valid: validBody,
    faults: FAULTS,
  },
]);
