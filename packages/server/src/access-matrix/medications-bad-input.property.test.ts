import fc from 'fast-check';
import { PATIENT_A, seededRecordId } from '../test/access-world.js';
import { describeBadInputs, tag, type Body, type Fault } from '../test/bad-input-harness.js';
import { unknownField } from '../test/bad-input-faults.js';

/*
 * Generated bad medication orders and administrations: a valid body with at least one deliberate
 * fault. The faults are written here from the issue and the treatment domain's README (known
 * medicines, routes and units; buprenorphine, dihydrocodeine and naltrexone only in mg; a dose above
 * zero in whole micrograms; who and when required, not in the future), not read from the code under
 * test, so every generated body is known to be bad without asking the validator.
 */

const DRUGS = ['buprenorphine-naloxone', 'buprenorphine', 'clonidine', 'lofexidine', 'dihydrocodeine', 'naltrexone'];
const ROUTES = [
  'oral',
  'sublingual',
  'buccal',
  'transdermal',
  'subcutaneous',
  'intramuscular',
  'intravenous',
  'rectal',
];
const UNITS = ['mg', 'ug', 'g', 'mL'];
/** Units each medicine must refuse. */
const WRONG_UNITS: Readonly<Record<string, readonly string[]>> = {
  'buprenorphine-naloxone': ['ug', 'g', 'mL'],
  buprenorphine: ['ug', 'g', 'mL'],
  clonidine: ['g', 'mL'],
  lofexidine: ['g', 'mL'],
  dihydrocodeine: ['ug', 'g', 'mL'],
  naltrexone: ['ug', 'g', 'mL'],
};
/** The seeded order of patient A is for lofexidine (the declaration's example). */
const SEEDED_ORDER_DRUG = 'lofexidine';

const notIn = (known: readonly string[]) => fc.string({ maxLength: 24 }).filter((value) => !known.includes(value));
const NOT_A_STRING = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 }));
const BAD_TIME = (field: string) =>
  fc
    .oneof(
      fc.constant(undefined),
      fc.string({ maxLength: 30 }),
      fc.integer(),
      fc.constantFrom('2026-02-30T00:00:00Z', '2026-01-01', '01/02/2026 10:00'),
      fc
        .integer({ min: 6, max: 60 * 24 * 365 * 50 })
        .map((minutes) => new Date(Date.now() + minutes * 60_000).toISOString()),
    )
    .map((value) => ({ field, value }));
const without = (body: Body, field: string, value: unknown): Body => {
  const { [field]: _dropped, ...rest } = body;
  return value === undefined ? rest : { ...rest, [field]: value };
};

/** Faults any dose record can have: dose, unit, route, who, when, an unknown field. */
function doseFaults(who: string, when: string, fields: readonly string[]): Fault[] {
  return [
    (body) =>
      fc
        .oneof(
          fc.double({ max: 0, noNaN: true }),
          fc.constantFrom(0.0001, 0.00025, 1e-9),
          fc.oneof(fc.string(), fc.boolean(), fc.constant(null), fc.constant(undefined)),
        )
        .map((dose) => without(body, 'dose', dose))
        .map(tag('bad dose', 'dose')),
    (body) =>
      notIn(UNITS)
        .map((unit) => ({ ...body, unit }))
        .map(tag('unknown unit', 'unit')),
    (body) =>
      notIn(ROUTES)
        .map((route) => ({ ...body, route }))
        .map(tag('unknown route', 'route')),
    (body) =>
      fc
        .oneof(fc.constantFrom(undefined, '', '   ', 'x'.repeat(201)), NOT_A_STRING)
        .map((value) => without(body, who, value))
        .map(tag(`bad ${who}`, who)),
    (body) =>
      BAD_TIME(when)
        .map(({ field, value }) => without(body, field, value))
        .map(tag(`bad ${when}`, when)),
    unknownField(fields),
  ];
}

const ORDER_FIELDS = ['drug', 'name', 'dose', 'unit', 'route', 'status', 'orderedAt', 'orderedBy'];
const ORDER_FAULTS: readonly Fault[] = [
  ...doseFaults('orderedBy', 'orderedAt', ORDER_FIELDS),
  (body) =>
    fc
      .constantFrom(...DRUGS)
      .chain((drug) => fc.constantFrom(...(WRONG_UNITS[drug] ?? [])).map((unit) => ({ ...body, drug, unit, dose: 1 })))
      .map(tag('unit the medicine is not recorded in', 'unit')),
  (body) =>
    notIn([...DRUGS, 'symptomatic'])
      .map((drug) => ({ ...body, drug }))
      .map(tag('unknown drug', 'drug')),
  (body) =>
    notIn(['active', 'stopped'])
      .map((status) => ({ ...body, status }))
      .map(tag('unknown status', 'status')),
  (body) =>
    fc
      .constant({ ...without(body, 'name', undefined), drug: 'symptomatic', unit: 'mg' })
      .map(tag('symptomatic without a name', 'name')),
];

const ADMINISTRATION_FIELDS = ['dose', 'unit', 'route', 'givenAt', 'givenBy'];
const ADMINISTRATION_FAULTS: readonly Fault[] = [
  ...doseFaults('givenBy', 'givenAt', ADMINISTRATION_FIELDS),
  (body) =>
    fc
      .constantFrom(...(WRONG_UNITS[SEEDED_ORDER_DRUG] ?? []))
      .map((unit) => ({ ...body, unit, dose: 1 }))
      .map(tag("unit the order's medicine is not recorded in", 'unit')),
];

const past = fc
  .integer({ min: 0, max: 60 * 24 * 365 })
  .map((minutes) => new Date(Date.now() - minutes * 60_000).toISOString());
const validOrder: fc.Arbitrary<Body> = fc.record({
  drug: fc.constant('clonidine'),
  dose: fc.integer({ min: 1, max: 300 }).map((micrograms) => micrograms / 1000),
  unit: fc.constant('mg'),
  route: fc.constantFrom(...ROUTES),
  status: fc.constantFrom('active', 'stopped'),
  orderedAt: past,
  orderedBy: fc.constantFrom('Dr Sample Fernhill', 'Dr Test Alderbrook'),
});
const validAdministration: fc.Arbitrary<Body> = fc.record({
  dose: fc.integer({ min: 1, max: 720 }),
  unit: fc.constant('ug'),
  route: fc.constant('oral'),
  givenAt: past,
  givenBy: fc.constant('Nurse Sample Willowby'),
});

describeBadInputs('medication records', [
  {
    name: 'medication orders',
    method: 'POST',
    url: `/api/patients/${PATIENT_A}/medications`,
    valid: validOrder,
    faults: ORDER_FAULTS,
    runs: 220,
  },
  {
    name: 'administrations',
    method: 'POST',
    url: `/api/patients/${PATIENT_A}/medications/${seededRecordId('medications', PATIENT_A)}/administrations`,
    valid: validAdministration,
    faults: ADMINISTRATION_FAULTS,
    runs: 220,
  },
  {
    // Orders are editable (PUT with If-Match): the same checks guard the edit. Last, as its valid edit changes
    // the order the administrations above are given under.
    name: 'medication orders',
    method: 'PUT',
    url: `/api/patients/${PATIENT_A}/medications/${seededRecordId('medications', PATIENT_A)}`,
    valid: validOrder,
    faults: ORDER_FAULTS,
  },
]);
