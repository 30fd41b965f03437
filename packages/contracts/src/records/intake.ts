import { takenAtIssue } from '@kratom-care/domain';
import { z } from 'zod';
import type { TApiIssue } from '../errors.js';
import { boundedText } from '../list-query.js';
import { defineRecordType, recordAuditActions, type TRecordOf } from './define-record-type.js';
import {
  ALLERGY_STATUSES,
  DOSES_PER_DAY_MAX,
  HOUSING_STATUSES,
  INTAKE_RED_FLAG_IDS,
  INTAKE_SUBSTANCES,
  KRATOM_AMOUNT_MAX,
  KRATOM_AMOUNT_UNITS,
  KRATOM_PRODUCT_FORMS,
  KRATOM_ROUTES,
  KUD_CLASSIFICATIONS,
  LEAF_GRAM_FORMS,
  PREGNANCY_STATUSES,
  REMISSIONS,
  SUBSTANCE_FREQUENCIES,
  SUPPORT_LEVELS,
  USE_DURATION_MONTHS_MAX,
  WANTS_TO_CHANGE,
  YES_NO_UNKNOWN,
} from './intake-fields.js';

/*
 * Intake (issue 10 §2): the structured kratom history, other substances, medical history, medicines and
 * allergies, housing and support, the patient's goals, the red flags asked first, and the clinician's
 * diagnostic modifiers the ICD-10-CM suggestion reads. One editable record per intake; the current
 * intake is the newest one not entered in error. The DSM-5 KUD, PHQ-9 and GAD-7 are assessments of
 * their own. Why this shape: docs/decisions/0023-intake-and-diagnosis.md.
 */

const DATE_TIME_MESSAGE = 'Must be a date and time like 2027-01-31T08:30:00Z';
const ZDateTime = z.iso.datetime({ offset: true, error: DATE_TIME_MESSAGE });

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `Must be one of ${values.join(', ')}` });

/** One kratom product in recent use; the amount, when known, in grams or the product's own unit. */
export const ZKratomProduct = z.strictObject({
  form: oneOf(KRATOM_PRODUCT_FORMS),
  amountPerDay: z
    .number({ error: 'Must be a number' })
    .positive({ error: 'Must be more than 0' })
    .optional()
    .meta({ description: 'In `unit`; give both or neither' }),
  unit: oneOf(KRATOM_AMOUNT_UNITS).optional().meta({ description: 'g for grams; otherwise the product’s unit' }),
});
export type TKratomProduct = z.infer<typeof ZKratomProduct>;

const ZKratomHistoryFields = z.strictObject({
  products: z.array(ZKratomProduct).min(1, { error: 'Add at least one product' }).max(8),
  dosesPerDay: z
    .number({ error: 'Must be a number' })
    .int({ error: 'Must be a whole number' })
    .min(1, { error: `Must be from 1 to ${DOSES_PER_DAY_MAX}` })
    .max(DOSES_PER_DAY_MAX, { error: `Must be from 1 to ${DOSES_PER_DAY_MAX}` })
    .optional(),
  durationMonths: z
    .number({ error: 'Must be a number' })
    .int({ error: 'Must be whole months' })
    .min(0, { error: `Must be from 0 to ${USE_DURATION_MONTHS_MAX} months` })
    .max(USE_DURATION_MONTHS_MAX, { error: `Must be from 0 to ${USE_DURATION_MONTHS_MAX} months` })
    .optional(),
  route: oneOf(KRATOM_ROUTES).optional(),
  /** The last kratom or 7-OH dose (7-OH counts as kratom, Appendix C.2.5). */
  lastDoseAt: ZDateTime.optional(),
});

/**
 * The kratom history with each product's amount checked against its unit (both or neither, within the
 * unit's plausibility limit), here rather than on the server only, so the form names the field at once.
 */
const ZKratomHistory = ZKratomHistoryFields.superRefine((kratom, context) => {
  for (const issue of productIssues(kratom.products)) {
    context.addIssue({ code: 'custom', path: issue.path.slice(1), message: issue.message });
  }
});

/** Another substance in use, with its last use. */
export const ZOtherSubstance = z.strictObject({
  substance: oneOf(INTAKE_SUBSTANCES),
  /** The substance's name; required for `other`. */
  name: boundedText(200).optional(),
  frequency: oneOf(SUBSTANCE_FREQUENCIES).optional(),
  lastUseAt: ZDateTime.optional(),
});
export type TOtherSubstance = z.infer<typeof ZOtherSubstance>;

const ZMedicalHistory = z.strictObject({
  liverDisease: oneOf(YES_NO_UNKNOWN),
  cardiac: oneOf(YES_NO_UNKNOWN),
  seizures: oneOf(YES_NO_UNKNOWN),
  pregnancy: oneOf(PREGNANCY_STATUSES),
  /**
   * During withdrawal, unable to keep fluids down for more than 24 hours: care-intensity rule 2 (at least
   * H). Optional because intakes recorded before it was asked stay valid; absent reads as not recorded.
   */
  cannotKeepFluidsDown: oneOf(YES_NO_UNKNOWN).optional().meta({
    description: 'During withdrawal, unable to keep fluids down for more than 24 hours (REFERENCE §10 rule 2)',
  }),
  details: boundedText(2000).optional(),
});

const ZMedicine = z.strictObject({ name: boundedText(200), details: boundedText(500).optional() });
const ZAllergy = z.strictObject({ substance: boundedText(200), reaction: boundedText(500).optional() });

const ZSocial = z.strictObject({
  housing: oneOf(HOUSING_STATUSES),
  support: oneOf(SUPPORT_LEVELS),
  safePlaceToWithdraw: oneOf(YES_NO_UNKNOWN),
  details: boundedText(2000).optional(),
});

const ZGoals = z.strictObject({
  wantsToChange: oneOf(WANTS_TO_CHANGE),
  /** In the patient's words. */
  statement: boundedText(2000).optional(),
});

/** The clinician's modifiers for the ICD-10-CM suggestion (REFERENCE §4). */
const ZDiagnosis = z.strictObject({
  currentWithdrawal: z.boolean({ error: 'Must be true or false' }),
  withPerceptualDisturbance: z.boolean({ error: 'Must be true or false' }),
  remission: oneOf(REMISSIONS).nullable(),
  classification: oneOf(KUD_CLASSIFICATIONS),
});

const requestShape = {
  kratom: ZKratomHistory,
  otherSubstances: z.array(ZOtherSubstance).max(INTAKE_SUBSTANCES.length * 2),
  medicalHistory: ZMedicalHistory,
  medications: z.array(ZMedicine).max(50),
  allergyStatus: oneOf(ALLERGY_STATUSES),
  allergies: z.array(ZAllergy).max(50),
  social: ZSocial,
  goals: ZGoals,
  /** The §11 red flags present now (asked before anything else); empty when none. */
  redFlags: z.array(oneOf(INTAKE_RED_FLAG_IDS)).max(INTAKE_RED_FLAG_IDS.length),
  diagnosis: ZDiagnosis,
};

/** `POST /api/patients/:id/intake` and `PUT …/intake/:recordId` (which replaces the whole intake). */
export const ZIntakeRequest = z.strictObject(requestShape);
export type TIntakeRequest = z.infer<typeof ZIntakeRequest>;

/**
 * The stored body and the response fields: the request with times as UTC ISO text, and
 * `kratom.gramsPerDay`, the grams of leaf per day summed from the leaf products logged in grams (absent
 * when none is).
 */
export const ZIntakeBody = z.object({
  ...requestShape,
  kratom: ZKratomHistoryFields.extend({ gramsPerDay: z.number().optional() }),
});
export type TIntakeBody = z.infer<typeof ZIntakeBody>;

const future = (at: string | undefined, nowMs: number): boolean =>
  at !== undefined && takenAtIssue(Date.parse(at), nowMs) !== undefined;

function productIssues(products: readonly TKratomProduct[]): TApiIssue[] {
  return products.flatMap((product, index): TApiIssue[] => {
    const path = ['kratom', 'products', index];
    if (product.amountPerDay === undefined && product.unit === undefined) {
      return [];
    }
    if (product.unit === undefined) {
      return [{ path: [...path, 'unit'], message: 'Give the unit of the amount' }];
    }
    if (product.amountPerDay === undefined) {
      return [{ path: [...path, 'amountPerDay'], message: 'Give the amount per day, or clear the unit' }];
    }
    const max = KRATOM_AMOUNT_MAX[product.unit];
    return product.amountPerDay > max
      ? [{ path: [...path, 'amountPerDay'], message: `Must be at most ${max} ${product.unit} a day` }]
      : [];
  });
}

/**
 * Every rule of an intake request that needs the server's clock or spans parts, each naming its field:
 * no time in the future, a name for an `other` substance, each
 * substance once, allergies matching their status, and the ICD-10-CM modifiers that exclude each other.
 *
 * @param request - A request that passed the schema.
 * @param nowMs - The server's clock.
 * @returns The issues; empty when the intake can be stored.
 * @see Clinical reference §4 (remission and withdrawal; perceptual disturbances specify withdrawal)
 */
export function intakeIssues(request: TIntakeRequest, nowMs: number): TApiIssue[] {
  const issues: TApiIssue[] = [];
  if (future(request.kratom.lastDoseAt, nowMs)) {
    issues.push({ path: ['kratom', 'lastDoseAt'], message: 'Must not be in the future' });
  }
  const seen = new Set<string>();
  request.otherSubstances.forEach((other, index) => {
    const path = ['otherSubstances', index];
    if (future(other.lastUseAt, nowMs)) {
      issues.push({ path: [...path, 'lastUseAt'], message: 'Must not be in the future' });
    }
    if (other.substance === 'other' && other.name === undefined) {
      issues.push({ path: [...path, 'name'], message: 'Name the substance' });
    }
    const key = other.substance === 'other' ? `other:${other.name ?? ''}` : other.substance;
    if (seen.has(key)) {
      issues.push({ path: [...path, 'substance'], message: 'Listed twice: keep one entry per substance' });
    }
    seen.add(key);
  });
  if (request.allergyStatus === 'listed' && request.allergies.length === 0) {
    issues.push({ path: ['allergies'], message: 'Add the allergies, or choose another status' });
  }
  if (request.allergyStatus !== 'listed' && request.allergies.length > 0) {
    issues.push({ path: ['allergyStatus'], message: 'Allergies are listed: choose "listed"' });
  }
  const { diagnosis } = request;
  if (diagnosis.withPerceptualDisturbance && !diagnosis.currentWithdrawal) {
    issues.push({
      path: ['diagnosis', 'withPerceptualDisturbance'],
      message: 'Perceptual disturbances specify withdrawal: record current withdrawal too, or clear it',
    });
  }
  if (diagnosis.remission !== null && diagnosis.currentWithdrawal) {
    issues.push({ path: ['diagnosis', 'remission'], message: 'Remission and current withdrawal exclude each other' });
  }
  return issues;
}

const utc = (at: string): string => new Date(Date.parse(at)).toISOString();

/**
 * Grams of leaf per day: the sum over leaf, powder, capsule and tea products logged in grams; undefined
 * when none is (another unit, or an extract or 7-OH product, is never converted to grams of leaf).
 *
 * @param products - The products in recent use.
 * @returns Grams per day, or undefined.
 * @see Clinical reference §6 "Implement as" (gram totals only for leaf products) and Appendix C.2.2
 * @example leafGramsPerDay([{ form: 'leaf-powder', amountPerDay: 12, unit: 'g' }]) // => 12
 */
export function leafGramsPerDay(products: readonly TKratomProduct[]): number | undefined {
  const grams = products.filter((product) => product.unit === 'g' && LEAF_GRAM_FORMS.has(product.form));
  // Sum in micrograms so 0.1 + 0.2 stays 0.3.
  return grams.length === 0
    ? undefined
    : grams.reduce((sum, product) => sum + Math.round((product.amountPerDay ?? 0) * 1e6), 0) / 1e6;
}

function toStored(request: TIntakeRequest): TIntakeBody {
  const { lastDoseAt, ...kratom } = request.kratom;
  const gramsPerDay = leafGramsPerDay(kratom.products);
  return {
    ...request,
    kratom: {
      ...kratom,
      ...(lastDoseAt === undefined ? {} : { lastDoseAt: utc(lastDoseAt) }),
      ...(gramsPerDay === undefined ? {} : { gramsPerDay }),
    },
    otherSubstances: request.otherSubstances.map(({ lastUseAt, ...other }) => ({
      ...other,
      ...(lastUseAt === undefined ? {} : { lastUseAt: utc(lastUseAt) }),
    })),
  };
}

/** The intake record type: editable with `If-Match`, consent category `assessments`. */
export const INTAKE = defineRecordType({
  name: 'intake',
  resourceType: 'intake',
  title: { one: 'an intake', many: 'intakes' },
  consentCategory: 'assessments',
  access: 'clinical',
  versioning: 'editable',
  create: ZIntakeRequest,
  update: ZIntakeRequest,
  body: ZIntakeBody,
  view: ZIntakeBody,
  toBody: (request: TIntakeRequest, { now }) => {
    const issues = intakeIssues(request, now.getTime());
    return issues.length > 0 ? { ok: false, issues } : { ok: true, body: toStored(request) };
  },
  toView: (body: TIntakeBody) => body,
  filters: ['status', 'from', 'to'],
  sortKeys: ['recordedAt'],
  audit: recordAuditActions('intake'),
  example: {
    kratom: {
      products: [{ form: 'leaf-powder', amountPerDay: 12, unit: 'g' }],
      dosesPerDay: 4,
      durationMonths: 18,
      route: 'swallowed',
    },
    otherSubstances: [{ substance: 'nicotine', frequency: 'daily', lastUseAt: '2026-03-01T07:00:00.000Z' }],
    medicalHistory: {
      liverDisease: 'no',
      cardiac: 'no',
      seizures: 'no',
      pregnancy: 'not-applicable',
      cannotKeepFluidsDown: 'no',
    },
    medications: [{ name: 'Sample-statin', details: '10 mg nightly' }],
    allergyStatus: 'none-known',
    allergies: [],
    social: { housing: 'stable', support: 'some', safePlaceToWithdraw: 'yes' },
    goals: { wantsToChange: 'yes', statement: 'Stop kratom and sleep through the night' },
    redFlags: [],
    diagnosis: { currentWithdrawal: false, withPerceptualDisturbance: false, remission: null, classification: 'other' },
  },
});

/** One intake as the API answers it. */
export type TIntake = TRecordOf<typeof ZIntakeBody>;
export const ZIntakeResponse = INTAKE.response;
export const ZListIntakeResponse = INTAKE.listResponse;
