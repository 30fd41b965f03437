import fc from 'fast-check';
import { PATIENT_A, seededRecordId } from '../test/access-world.js';
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
 * characters) and who overrides (at most 200), Appendix C.2.5.
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
    url: `/api/patients/${PATIENT_A}/medications/${seededRecordId('medications', PATIENT_A)}/naltrexone-overrides`,
    valid: validOverride,
    faults: OVERRIDE_FAULTS,
  },
]);
