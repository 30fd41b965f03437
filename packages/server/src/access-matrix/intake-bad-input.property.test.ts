import {
  ALLERGY_STATUSES,
  HOUSING_STATUSES,
  INTAKE_RED_FLAG_IDS,
  KRATOM_AMOUNT_UNITS,
  KRATOM_PRODUCT_FORMS,
  KRATOM_ROUTES,
  KUD_CLASSIFICATIONS,
  PREGNANCY_STATUSES,
  SUPPORT_LEVELS,
  WANTS_TO_CHANGE,
  YES_NO_UNKNOWN,
} from '@kratom-care/contracts';
import fc from 'fast-check';
import { PATIENT_A, seededRecordId } from '../test/access-world.js';
import { describeBadInputs, tag, type Body, type Fault } from '../test/bad-input-harness.js';
import {
  ABSENT,
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
 * Generated bad intakes and diagnosis-code decisions (issue 10 §2): a valid body with one deliberate
 * fault. The limits are written here from issue 10 and decision 0023 (data-entry limits: at most 250 g
 * of kratom a day, 500 capsules, 100 tablets, 5000 mL, 50 glasses or shots; 1 to 48 doses a day; 0 to
 * 720 months of use; texts of 200, 500 and 2000 characters; times not in the future) and from the
 * clinical reference §4 (F19 codes; an override needs an F-chapter code and a reason). The closed lists
 * are the contract's, used only to generate values outside them.
 */

/** The most of each unit a day (decision 0023), and a value beyond it. */
const AMOUNT_LIMITS: readonly [string, number][] = [
  ['g', 250],
  ['capsule', 500],
  ['tablet', 100],
  ['mL', 5000],
  ['glass', 50],
  ['shot', 50],
];

const validIntake: fc.Arbitrary<Body> = fc
  .record({
    amount: fc.integer({ min: 1, max: 2500 }).map((tenths) => tenths / 10),
    form: fc.constantFrom('leaf-powder', 'capsule', 'tea', 'extract-or-concentrate'),
    dosesPerDay: fc.integer({ min: 1, max: 48 }),
    durationMonths: fc.integer({ min: 0, max: 720 }),
    lastDoseAt: PAST_TIME,
    lastUseAt: PAST_TIME,
    redFlags: fc.subarray([...INTAKE_RED_FLAG_IDS], { maxLength: 2 }),
    // Older intakes never asked about fluids: the answer may be left out.
    fluids: fc.option(fc.constantFrom(...YES_NO_UNKNOWN), { nil: undefined }),
  })
  .map(({ amount, form, dosesPerDay, durationMonths, lastDoseAt, lastUseAt, redFlags, fluids }) => ({
    kratom: {
      products: [{ form, amountPerDay: amount, unit: 'g' }],
      dosesPerDay,
      durationMonths,
      route: 'swallowed',
      lastDoseAt,
    },
    otherSubstances: [{ substance: 'nicotine', frequency: 'daily', lastUseAt }],
    medicalHistory: {
      liverDisease: 'no',
      cardiac: 'unknown',
      seizures: 'no',
      pregnancy: 'not-applicable',
      ...(fluids === undefined ? {} : { cannotKeepFluidsDown: fluids }),
    },
    medications: [{ name: 'Sample-statin', details: '10 mg nightly' }],
    allergyStatus: 'none-known',
    allergies: [],
    social: { housing: 'stable', support: 'some', safePlaceToWithdraw: 'yes' },
    goals: { wantsToChange: 'yes', statement: 'Sleep through the night' },
    redFlags,
    diagnosis: { currentWithdrawal: true, withPerceptualDisturbance: false, remission: null, classification: 'other' },
  }));

const INTAKE_FIELDS = [
  'kratom',
  'otherSubstances',
  'medicalHistory',
  'medications',
  'allergyStatus',
  'allergies',
  'social',
  'goals',
  'redFlags',
  'diagnosis',
];

const INTAKE_FAULTS: readonly Fault[] = [
  // A unit, form or answer the product does not know.
  notInList({
    'kratom.products.0.unit': KRATOM_AMOUNT_UNITS,
    'kratom.products.0.form': KRATOM_PRODUCT_FORMS,
    'kratom.route': KRATOM_ROUTES,
    'medicalHistory.liverDisease': YES_NO_UNKNOWN,
    'medicalHistory.pregnancy': PREGNANCY_STATUSES,
    'medicalHistory.cannotKeepFluidsDown': YES_NO_UNKNOWN,
    'social.housing': HOUSING_STATUSES,
    'social.support': SUPPORT_LEVELS,
    'goals.wantsToChange': WANTS_TO_CHANGE,
    'diagnosis.classification': KUD_CLASSIFICATIONS,
    allergyStatus: ALLERGY_STATUSES,
    'redFlags.0': INTAKE_RED_FLAG_IDS,
  }),
  // An amount beyond the most a day in its unit, or none at all.
  (body) =>
    fc
      .tuple(
        fc.constantFrom(...AMOUNT_LIMITS),
        fc.oneof(fc.double({ min: 1.0001, max: 1000, noNaN: true }), fc.constant(-1), fc.constant(0)),
      )
      .map(([[unit, max], factor]) =>
        tag(
          'amount out of range',
          'kratom.products.0.amountPerDay',
        )(
          setPath(
            setPath(body, 'kratom.products.0.unit', unit),
            'kratom.products.0.amountPerDay',
            factor > 0 ? max * factor : factor,
          ),
        ),
      ),
  // Doses a day and months of use outside 1–48 and 0–720, or not whole.
  (body) =>
    fc
      .oneof(
        fc
          .oneof(fc.integer({ min: -100, max: 0 }), fc.integer({ min: 49, max: 10_000 }), fc.constant(2.5))
          .map((value) => ({ field: 'kratom.dosesPerDay', value })),
        fc
          .oneof(fc.integer({ min: -1000, max: -1 }), fc.integer({ min: 721, max: 100_000 }), fc.constant(1.5))
          .map((value) => ({ field: 'kratom.durationMonths', value })),
      )
      .map(({ field, value }) => tag('out of range', field)(setPath(body, field, value))),
  // An amount without its unit.
  (body) =>
    fc.constant(
      tag('amount without a unit', 'kratom.products.0.unit')(setPath(body, 'kratom.products.0.unit', ABSENT)),
    ),
  missingField([
    'kratom',
    'kratom.products',
    'kratom.products.0.form',
    'medicalHistory',
    'medicalHistory.pregnancy',
    'social',
    'goals.wantsToChange',
    'diagnosis',
    'diagnosis.remission',
    'allergyStatus',
    'redFlags',
    'otherSubstances',
  ]),
  wrongType({
    kratom: 'object',
    'kratom.products': 'array',
    'kratom.dosesPerDay': 'number',
    'kratom.products.0.amountPerDay': 'number',
    medicalHistory: 'object',
    redFlags: 'array',
    'diagnosis.currentWithdrawal': 'boolean',
    // A yes/no/unknown answer, so `true` is as wrong as a number.
    'medicalHistory.cannotKeepFluidsDown': 'string',
    'goals.statement': 'string',
    'medications.0.name': 'string',
  }),
  unknownField(INTAKE_FIELDS),
  unknownField(['products', 'dosesPerDay', 'durationMonths', 'route', 'lastDoseAt'], 'kratom'),
  unknownField(
    ['liverDisease', 'cardiac', 'seizures', 'pregnancy', 'cannotKeepFluidsDown', 'details'],
    'medicalHistory',
  ),
  oversizedString({
    'medicalHistory.details': 2000,
    'social.details': 2000,
    'goals.statement': 2000,
    'medications.0.name': 200,
    'medications.0.details': 500,
    'otherSubstances.0.name': 200,
  }),
  badTime(['kratom.lastDoseAt', 'otherSubstances.0.lastUseAt']),
  // Answers that contradict each other.
  (body) =>
    fc.constantFrom(
      tag('allergies listed but none given', 'allergies')({ ...body, allergyStatus: 'listed', allergies: [] }),
      tag(
        'allergies given but not listed',
        'allergyStatus',
      )({
        ...body,
        allergyStatus: 'none-known',
        allergies: [{ substance: 'Sample-penicillin' }],
      }),
      tag(
        'perceptual disturbance without withdrawal',
        'diagnosis.withPerceptualDisturbance',
      )(setPath(setPath(body, 'diagnosis.withPerceptualDisturbance', true), 'diagnosis.currentWithdrawal', false)),
      tag('remission during withdrawal', 'diagnosis.remission')(setPath(body, 'diagnosis.remission', 'early')),
      tag(
        'another substance without its name',
        'otherSubstances.0.name',
      )(setPath(body, 'otherSubstances.0', { substance: 'other' })),
      tag(
        'a substance listed twice',
        'otherSubstances.1.substance',
      )({
        ...body,
        otherSubstances: [{ substance: 'alcohol' }, { substance: 'alcohol' }],
      }),
    ),
];

/** ICD-10-CM codes the suggestion may carry (clinical reference §4). */
const F19 = ['F19.10', 'F19.11', 'F19.20', 'F19.21', 'F19.130', 'F19.230', 'F19.930', 'F19.132', 'F19.232', 'F19.932'];

const validDecision: fc.Arbitrary<Body> = fc.oneof(
  fc.constantFrom(...F19).map((code) => ({ suggestedCode: code, action: 'accept' })),
  fc
    .tuple(fc.oneof(fc.constantFrom(...F19), fc.constant(null)), fc.constantFrom('F11.20', 'F11.10', 'F11.23'))
    .map(([suggestedCode, code]) => ({
      suggestedCode,
      action: 'override',
      code,
      rationale: 'Opioid classification: fentanyl use alongside kratom',
    })),
);

const DECISION_FAULTS: readonly Fault[] = [
  notInList({ action: ['accept', 'override'], suggestedCode: F19 }),
  missingField(['action', 'suggestedCode']),
  wrongType({
    action: 'string',
    suggestedCode: 'nullable-string',
    rationale: 'string',
    code: 'string',
    intakeId: 'string',
  }),
  unknownField(['suggestedCode', 'action', 'code', 'rationale', 'intakeId']),
  oversizedString({ rationale: 2000, code: 10, intakeId: 100 }),
  // Accepting nothing; overriding without a reason, with a code outside chapter F, or with the suggestion itself.
  (body) =>
    fc.oneof(
      fc.constant(tag('accept without a suggestion', 'action')({ suggestedCode: null, action: 'accept' })),
      fc
        .constantFrom('', '   ')
        .map((rationale) =>
          tag(
            'override without a reason',
            'rationale',
          )({ suggestedCode: 'F19.20', action: 'override', code: 'F11.20', rationale }),
        ),
      fc
        .constant({ suggestedCode: 'F19.20', action: 'override', code: 'F11.20' })
        .map(tag('override without a reason', 'rationale')),
      fc.constantFrom('K70.0', 'f11.20', 'F1120', 'F11.2000', 'Z00.00', '11.20').map((code) =>
        tag(
          'override with a code outside chapter F',
          'code',
        )({
          suggestedCode: body.suggestedCode ?? null,
          action: 'override',
          code,
          rationale: 'Clinician judgement',
        }),
      ),
      fc.constantFrom(...F19).map((code) =>
        tag(
          'override with the suggested code',
          'code',
        )({
          suggestedCode: code,
          action: 'override',
          code,
          rationale: 'Clinician judgement',
        }),
      ),
    ),
];

describeBadInputs('intake records', [
  {
    name: 'intake',
    method: 'POST',
    url: `/api/patients/${PATIENT_A}/intake`,
    valid: validIntake,
    faults: INTAKE_FAULTS,
  },
  {
    name: 'diagnosis-decisions',
    method: 'POST',
    url: `/api/patients/${PATIENT_A}/diagnosis-decisions`,
    valid: validDecision,
    faults: DECISION_FAULTS,
  },
  {
    // Editable with If-Match: the same checks guard the edit.
    name: 'intake',
    method: 'PUT',
    url: `/api/patients/${PATIENT_A}/intake/${seededRecordId('intake', PATIENT_A)}`,
    valid: validIntake,
    faults: INTAKE_FAULTS,
  },
]);
