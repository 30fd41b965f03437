import fc from 'fast-check';
import type { AccessWorld } from '../test/access-world.js';
import { PATIENT_A, USERS, seededRecordId } from '../test/access-world.js';
import { describeBadInputs, tag, type Body, type Fault } from '../test/bad-input-harness.js';
import {
  ABSENT,
  MALFORMED_TIME,
  PAST_TIME,
  badTime,
  missingField,
  notInList,
  oversizedString,
  setPath,
  unknownField,
  wrongType,
} from '../test/bad-input-faults.js';

/*
 * Generated bad care-intensity decisions, treatment plans and notes (issue 10 §6–§8; decision 0025): a
 * valid body with one deliberate fault. From the issue: a decision accepts the suggestion or overrides
 * it with another level (E, H, M, O, S, REFERENCE §10) and a reason, and names the suggestion the
 * clinician saw (409 when the chart changed since); a plan has at least one problem, measurable goal
 * and intervention of the eight the issue lists, responsible clinicians of the patient's facility and a
 * review date; a SOAP note has its time (not in the future), an assessment and a plan; counselling
 * notes are individual, group or family sessions. Texts: 500 and 1000 characters in a plan, 10 000 in
 * a note, 2000 for a rationale.
 */

const LEVELS = ['E', 'H', 'M', 'O', 'S'];
const INTERVENTIONS = [
  'supervised-withdrawal',
  'medication',
  'cbt',
  'contingency-management',
  'group-therapy',
  'peer-support',
  'dual-diagnosis-care',
  'family-programme',
];

/** The suggestion patient A's chart gives now: a valid decision overrides it with another level. */
async function validDecision(world: AccessWorld): Promise<fc.Arbitrary<Body>> {
  const read = await world.request('clinician-on-care-team', {
    method: 'GET',
    url: `/api/patients/${PATIENT_A}/care-intensity`,
  });
  const suggested = read.json<{ level: string | null }>().level;
  return fc.constantFrom(...LEVELS.filter((level) => level !== suggested)).map((level) => ({
    action: 'override',
    level,
    rationale: 'Lives alone, no safe place to withdraw',
    suggestedLevel: suggested,
  }));
}

const DECISION_FAULTS: readonly Fault[] = [
  notInList({ action: ['accept', 'override'], level: LEVELS, suggestedLevel: LEVELS }),
  missingField(['action', 'suggestedLevel']),
  wrongType({ action: 'string', level: 'string', rationale: 'string', suggestedLevel: 'nullable-string' }),
  unknownField(['action', 'level', 'rationale', 'suggestedLevel']),
  oversizedString({ rationale: 2000 }),
  // An override without its level or reason, or to the level suggested.
  (body) =>
    fc.constantFrom(
      tag('override without a level', 'level')(setPath(body, 'level', ABSENT)),
      tag('override without a reason', 'rationale')(setPath(body, 'rationale', ABSENT)),
      tag('override with a blank reason', 'rationale')(setPath(body, 'rationale', '   ')),
    ),
  // A suggestion the clinician did not see: the chart says otherwise now (409, nothing stored).
  (body) =>
    fc
      .constantFrom(...LEVELS.filter((level) => level !== body.suggestedLevel && level !== body.level))
      .map((stale) => tag('a stale suggestion', 'suggestedLevel', 409)({ ...body, suggestedLevel: stale })),
];

const FUTURE_DAY = fc
  .integer({ min: 1, max: 365 })
  .map((days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10));

const validPlan: fc.Arbitrary<Body> = fc
  .record({
    kinds: fc.subarray(INTERVENTIONS, { minLength: 1, maxLength: 3 }),
    reviewDate: FUTURE_DAY,
    targetDate: FUTURE_DAY,
    patientFacing: fc.boolean(),
  })
  .map(({ kinds, reviewDate, targetDate, patientFacing }) => ({
    problems: [{ text: 'Kratom use with withdrawal', patientFacing: true }],
    goals: [{ text: 'Stop kratom use', measure: 'No use reported for 4 weeks', targetDate, patientFacing }],
    interventions: kinds.map((kind) => ({
      kind,
      details: 'Weekly',
      responsibleUserId: USERS['clinician-on-care-team'],
      patientFacing,
    })),
    responsibleUserIds: [USERS['clinician-on-care-team']],
    reviewDate,
    patientNote: 'We look at this plan together in two weeks.',
  }));

const PLAN_FIELDS = ['problems', 'goals', 'interventions', 'responsibleUserIds', 'reviewDate', 'patientNote'];

const PLAN_FAULTS: readonly Fault[] = [
  notInList({ 'interventions.0.kind': INTERVENTIONS }),
  missingField(['problems', 'goals', 'interventions', 'responsibleUserIds', 'reviewDate', 'goals.0.measure']),
  wrongType({
    problems: 'array',
    goals: 'array',
    'problems.0.patientFacing': 'boolean',
    'goals.0.text': 'string',
    responsibleUserIds: 'array',
    reviewDate: 'string',
  }),
  unknownField(PLAN_FIELDS),
  unknownField(['text', 'measure', 'targetDate', 'patientFacing'], 'goals.0'),
  oversizedString({
    'problems.0.text': 500,
    'goals.0.text': 500,
    'goals.0.measure': 500,
    'interventions.0.details': 1000,
    patientNote: 1000,
    'responsibleUserIds.0': 100,
  }),
  // Dates that are not calendar days.
  (body) =>
    fc
      .tuple(
        fc.constantFrom('reviewDate', 'goals.0.targetDate'),
        fc.oneof(MALFORMED_TIME, fc.constantFrom('2027-02-30', '2027-13-01', '2027-2-1', '01/02/2027')),
      )
      .map(([field, value]) => tag('bad date', field)(setPath(body, field, value))),
  // None of a kind, or more than a plan holds (30).
  (body) =>
    fc.constantFrom('problems', 'goals', 'interventions', 'responsibleUserIds').chain((field) =>
      fc.constantFrom(
        tag('none', field)({ ...body, [field]: [] }),
        tag(
          'too many',
          field,
        )({
          ...body,
          [field]: Array.from(
            { length: field === 'responsibleUserIds' ? 11 : 31 },
            () => (body[field] as unknown[])[0],
          ),
        }),
      ),
    ),
  // Staff who are not clinicians of the patient's facility.
  (body) =>
    fc
      .tuple(
        fc.constantFrom('responsibleUserIds.0', 'interventions.0.responsibleUserId'),
        fc.constantFrom(USERS['clinician-other-facility'], USERS.admissions, USERS.patient, 'no-such-user'),
      )
      .map(([field, userId]) => tag('not a clinician of the facility', field)(setPath(body, field, userId))),
];

const validNote: fc.Arbitrary<Body> = fc.record(
  {
    noteAt: PAST_TIME,
    subjective: fc.constant('Slept 4 hours, cravings in the evening'),
    objective: fc.constant('COWS 6, HR 96'),
    assessment: fc.constantFrom('Mild withdrawal, improving', 'Stable'),
    plan: fc.constant('Repeat COWS in 4 hours'),
  },
  { requiredKeys: ['noteAt', 'assessment', 'plan'] },
);

const NOTE_FAULTS: readonly Fault[] = [
  badTime(['noteAt'], { required: ['noteAt'] }),
  missingField(['assessment', 'plan']),
  wrongType({ assessment: 'string', plan: 'string', subjective: 'string', objective: 'string' }),
  unknownField(['noteAt', 'subjective', 'objective', 'assessment', 'plan']),
  oversizedString({ subjective: 10_000, objective: 10_000, assessment: 10_000, plan: 10_000 }),
  (body) =>
    fc
      .tuple(fc.constantFrom('assessment', 'plan'), fc.constantFrom('', '   '))
      .map(([field, blank]) => tag('blank', field)({ ...body, [field]: blank })),
];

const validAddendum: fc.Arbitrary<Body> = fc
  .constantFrom('Correction: COWS was 4, not 3.', 'Family called.')
  .map((text) => ({ text }));

const ADDENDUM_FAULTS: readonly Fault[] = [
  missingField(['text']),
  wrongType({ text: 'string' }),
  unknownField(['text']),
  oversizedString({ text: 10_000 }),
  (body) => fc.constantFrom('', '  ').map((text) => tag('blank', 'text')({ ...body, text })),
];

const validCounselling: fc.Arbitrary<Body> = fc.record({
  sessionAt: PAST_TIME,
  sessionKind: fc.constantFrom('individual', 'group', 'family'),
  text: fc.constant('Explored evening cravings; practised urge surfing.'),
});

const COUNSELLING_FAULTS: readonly Fault[] = [
  badTime(['sessionAt'], { required: ['sessionAt'] }),
  notInList({ sessionKind: ['individual', 'group', 'family'] }),
  missingField(['sessionKind', 'text']),
  wrongType({ text: 'string', sessionKind: 'string' }),
  unknownField(['sessionAt', 'sessionKind', 'text']),
  oversizedString({ text: 10_000 }),
];

describeBadInputs('care-intensity decisions, plans and notes', [
  {
    name: 'care-intensity',
    method: 'POST',
    url: `/api/patients/${PATIENT_A}/care-intensity`,
    valid: validDecision,
    faults: DECISION_FAULTS,
  },
  {
    // The first save takes no If-Match; later ones do (so one valid save is sent after the bad ones).
    name: 'plan',
    method: 'POST',
    url: `/api/patients/${PATIENT_A}/plan`,
    ifMatch: null,
    valid: validPlan,
    faults: PLAN_FAULTS,
    validSamples: 1,
  },
  { name: 'notes', method: 'POST', url: `/api/patients/${PATIENT_A}/notes`, valid: validNote, faults: NOTE_FAULTS },
  {
    name: 'note addenda',
    method: 'POST',
    url: `/api/patients/${PATIENT_A}/notes/${seededRecordId('notes', PATIENT_A)}/addenda`,
    valid: validAddendum,
    faults: ADDENDUM_FAULTS,
  },
  {
    name: 'counselling-notes',
    method: 'POST',
    url: `/api/patients/${PATIENT_A}/counselling-notes`,
    valid: validCounselling,
    faults: COUNSELLING_FAULTS,
  },
]);
