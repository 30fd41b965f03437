import {
  hasDecimals,
  takenAtIssue,
  VITAL_SIGN_FIELDS,
  VITAL_SIGNS,
  vitalsIssues,
  type VitalSignField,
} from '@kratom-care/domain';
import { z } from 'zod';
import { defineRecordType, recordAuditActions, type TRecordOf } from './define-record-type.js';

/*
 * Vitals: heart rate, blood pressure, temperature, respiratory rate and SpO₂, each optional (at
 * least one), with the time they were taken. The limits and codes come from the domain
 * (packages/domain/src/records/vitals); they are data-entry plausibility limits, not clinical
 * thresholds.
 */

function measurement(field: VitalSignField) {
  const sign = VITAL_SIGNS[field];
  const range = `Must be from ${sign.min} to ${sign.max} ${sign.unit}`;
  return z
    .number({ error: `Must be a number in ${sign.unit}` })
    .min(sign.min, { error: range })
    .max(sign.max, { error: range })
    .refine((value) => hasDecimals(value, sign.decimals), {
      error: sign.decimals === 0 ? 'Must be a whole number' : 'Must have at most one decimal place',
    })
    .meta({ description: `${sign.unit} (LOINC ${sign.loinc}, UCUM ${sign.ucum})` })
    .optional();
}

const ZTakenAt = z.iso.datetime({ offset: true, error: 'Must be a date and time like 2027-01-31T08:30:00Z' });

const measurements = {
  heartRate: measurement('heartRate'),
  systolic: measurement('systolic'),
  diastolic: measurement('diastolic'),
  temperature: measurement('temperature'),
  respiratoryRate: measurement('respiratoryRate'),
  oxygenSaturation: measurement('oxygenSaturation'),
};

/**
 * `POST /api/patients/:id/vitals` and `PUT /api/patients/:id/vitals/:recordId` (which replaces
 * every value). The cross-field rules (at least one value, systolic above diastolic) are the
 * domain's; each issue names its field. "Not in the future" needs the server's clock and is
 * checked by the declaration's `toBody`.
 */
export const ZVitalsRequest = z.strictObject({ takenAt: ZTakenAt, ...measurements }).superRefine((body, context) => {
  const values = Object.fromEntries(
    VITAL_SIGN_FIELDS.flatMap((field) => (body[field] === undefined ? [] : [[field, body[field]]])),
  );
  for (const issue of vitalsIssues(values)) {
    if (issue.rule === 'at-least-one' || issue.rule === 'systolic-above-diastolic') {
      context.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
    }
  }
});
export type TVitalsRequest = z.infer<typeof ZVitalsRequest>;

/** The stored body and the response fields: `takenAt` as UTC ISO text, the values measured. */
export const ZVitalsBody = z.object({
  takenAt: z.string(),
  heartRate: z.number().optional(),
  systolic: z.number().optional(),
  diastolic: z.number().optional(),
  temperature: z.number().optional(),
  respiratoryRate: z.number().optional(),
  oxygenSaturation: z.number().optional(),
});
export type TVitalsBody = z.infer<typeof ZVitalsBody>;

/** The vitals record type: editable with `If-Match`, consent category `vitals`. */
export const VITALS = defineRecordType({
  name: 'vitals',
  resourceType: 'vitals',
  title: { one: 'vitals', many: 'vitals' },
  consentCategory: 'vitals',
  access: 'clinical',
  versioning: 'editable',
  create: ZVitalsRequest,
  update: ZVitalsRequest,
  body: ZVitalsBody,
  view: ZVitalsBody,
  toBody: (request: TVitalsRequest, { now }) => {
    const takenAtMs = Date.parse(request.takenAt);
    const late = takenAtIssue(takenAtMs, now.getTime());
    if (late !== undefined) {
      return { ok: false, issues: [{ path: ['takenAt'], message: late.message }] };
    }
    const takenAt = new Date(takenAtMs).toISOString();
    const body: TVitalsBody = { takenAt };
    for (const field of VITAL_SIGN_FIELDS) {
      const value = request[field];
      if (value !== undefined) {
        body[field] = value;
      }
    }
    return { ok: true, body, recordedAt: takenAt };
  },
  toView: (body: TVitalsBody) => body,
  filters: ['status', 'from', 'to'],
  sortKeys: ['recordedAt'],
  audit: recordAuditActions('vitals'),
  example: {
    takenAt: '2026-03-01T08:30:00.000Z',
    heartRate: 88,
    systolic: 128,
    diastolic: 82,
    temperature: 36.8,
    respiratoryRate: 16,
    oxygenSaturation: 97,
  },
});

/** One vitals record as the API answers it. */
export type TVitals = TRecordOf<typeof ZVitalsBody>;
export const ZVitalsResponse = VITALS.response;
export const ZListVitalsResponse = VITALS.listResponse;
export const ZListVitalsQuery = VITALS.listQuery;
