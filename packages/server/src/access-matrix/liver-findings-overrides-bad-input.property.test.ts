import { NALTREXONE_OVERRIDES } from '@kratom-care/contracts';
import fc from 'fast-check';
import { PATIENT_A, seededParentId, seededRecordId } from '../test/access-world.js';
import { describeBadInputs, tag, type Body, type Fault } from '../test/bad-input-harness.js';
import {
  PAST_TIME,
  badTime,
  missingField,
  notInList,
  oversizedString,
  unknownField,
  wrongType,
} from '../test/bad-input-faults.js';

/*
 * Generated bad clinician liver findings and naltrexone washout overrides (issue 10 §4, §5; decision
 * 0027): a valid body with one deliberate fault. From the issue and the clinical reference: findings are
 * yes/no facts (DILIN grade, Hy's law's "no other cause", Appendix C.1.1 and C.1.5) and named symptoms,
 * at least one of them, assessed at a time not in the future; an override needs a reason (at most 1000
 * characters) and who overrides (at most 200), Appendix C.2.5, and is recorded only under a naltrexone
 * order (decision 0036).
 */

const FACTS = [
  'hospitalised',
  'ascites',
  'encephalopathy',
  'otherOrganFailure',
  'deathOrTransplant',
  'noOtherCauseAttested',
];
/** The liver symptoms that trigger repeat tests (clinical reference §8). */
const SYMPTOMS = ['jaundice', 'dark-urine', 'pruritus', 'right-upper-quadrant-pain'];

const validFindings: fc.Arbitrary<Body> = fc
  .record({
    assessedAt: PAST_TIME,
    fact: fc.constantFrom(...FACTS),
    value: fc.boolean(),
  })
  .map(({ assessedAt, fact, value }) => ({ assessedAt, [fact]: value }));

const FINDINGS_FAULTS: readonly Fault[] = [
  badTime(['assessedAt'], { required: ['assessedAt'] }),
  wrongType({
    hospitalised: 'boolean',
    ascites: 'boolean',
    encephalopathy: 'boolean',
    otherOrganFailure: 'boolean',
    deathOrTransplant: 'boolean',
    noOtherCauseAttested: 'boolean',
    symptoms: 'array',
  }),
  unknownField([...FACTS, 'assessedAt', 'symptoms']),
  missingField(['assessedAt']),
  // A symptom the product does not know, or one named twice.
  notInList({ 'symptoms.0': SYMPTOMS }),
  (body) =>
    fc
      .constantFrom(...SYMPTOMS)
      .map((symptom) => tag('a symptom twice', 'symptoms')({ ...body, symptoms: [symptom, symptom] })),
  // Nothing found at all.
  (body) => fc.constant(tag('no finding', 'symptoms')({ assessedAt: body.assessedAt })),
];

const validOverride: fc.Arbitrary<Body> = fc.record({
  reason: fc.constantFrom('Negative mitragynine urine test today', 'Naloxone challenge without withdrawal'),
  overriddenBy: fc.constantFrom('Dr Sample Fernhill', 'Dr Test Alderbrook'),
});

const OVERRIDE_FAULTS: readonly Fault[] = [
  missingField(['reason', 'overriddenBy']),
  wrongType({ reason: 'string', overriddenBy: 'string' }),
  unknownField(['reason', 'overriddenBy']),
  oversizedString({ reason: 1000, overriddenBy: 200 }),
  (body) =>
    fc
      .tuple(fc.constantFrom('reason', 'overriddenBy'), fc.constantFrom('', ' ', '\t\n'))
      .map(([field, blank]) => tag('blank', field)({ ...body, [field]: blank })),
];

describeBadInputs('liver findings and naltrexone overrides', [
  {
    name: 'liver-findings',
    method: 'POST',
    url: `/api/patients/${PATIENT_A}/liver-findings`,
    valid: validFindings,
    faults: FINDINGS_FAULTS,
  },
  {
    name: 'naltrexone-overrides',
    method: 'POST',
    // The seeded naltrexone order (the medications example is a lofexidine order).
    url: `/api/patients/${PATIENT_A}/medications/${seededParentId(NALTREXONE_OVERRIDES, PATIENT_A)}/naltrexone-overrides`,
    valid: validOverride,
    faults: OVERRIDE_FAULTS,
  },
  {
    // Decision 0036: an override lifts only a naltrexone order's block, so under the seeded lofexidine
    // order the path is the fault, and even a body valid under a naltrexone order is refused naming `medId`.
    name: 'naltrexone-overrides under a lofexidine order',
    method: 'POST',
    url: `/api/patients/${PATIENT_A}/medications/${seededRecordId('medications', PATIENT_A)}/naltrexone-overrides`,
    valid: validOverride,
    faults: [
      (body) => fc.constant(tag('not a naltrexone order', 'medId')(body)),
      // A bad body is still named by its own field: the schema answers before the order is read.
      ...OVERRIDE_FAULTS,
    ],
    validStatus: 400,
  },
]);
