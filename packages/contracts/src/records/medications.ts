import {
  MEDICATION_ROUTES,
  orderIssues,
  takenAtIssue,
  TREATMENT_DOSE_UNITS,
  TREATMENT_DRUGS,
} from '@kratom-care/domain';
import { z } from 'zod';
import type { TApiIssue } from '../errors.js';
import { defineRecordType, recordAuditActions, type TRecordOf } from './define-record-type.js';
import { requestIssues } from './medication-issues.js';

/*
 * Medication orders (issue 10 §4): what was prescribed, the dose and its unit, the route, whether
 * the order is active, when and by whom. The medicines, units and routes are the treatment domain's
 * (packages/domain/src/treatment); which unit each medicine may be recorded in, and a dose in whole
 * micrograms, are its `orderIssues`. An order is decision-support input: recording it orders nothing.
 */

const ZOrderedAt = z.iso.datetime({ offset: true, error: 'Must be a date and time like 2027-01-31T08:30:00Z' });

/** `POST /api/patients/:id/medications` and `PUT …/medications/:recordId` (stopping an order is a change). */
export const ZMedicationRequest = z.strictObject({
  drug: z.enum(TREATMENT_DRUGS),
  /** The medicine's name; required for `symptomatic` orders (hydroxyzine, loperamide…). */
  name: z.string().trim().min(1, { error: 'Must not be blank' }).max(200).optional(),
  dose: z.number({ error: 'Must be a number' }).meta({
    description: 'For buprenorphine-naloxone, the buprenorphine part (8/2 mg → 8)',
  }),
  unit: z.enum(TREATMENT_DOSE_UNITS).meta({ description: 'UCUM; ug is micrograms' }),
  route: z.enum(MEDICATION_ROUTES),
  status: z.enum(['active', 'stopped']),
  orderedAt: ZOrderedAt,
  /** Who ordered it (the prescriber's name as charted). */
  orderedBy: z.string().trim().min(1, { error: 'Say who ordered it' }).max(200),
});
export type TMedicationRequest = z.infer<typeof ZMedicationRequest>;

/** The stored body and the response fields; `orderedAt` as UTC ISO text. */
export const ZMedicationBody = z.object({
  drug: z.enum(TREATMENT_DRUGS),
  name: z.string().optional(),
  dose: z.number(),
  unit: z.enum(TREATMENT_DOSE_UNITS),
  route: z.enum(MEDICATION_ROUTES),
  status: z.enum(['active', 'stopped']),
  orderedAt: z.string(),
  orderedBy: z.string(),
});
export type TMedicationBody = z.infer<typeof ZMedicationBody>;

/**
 * The response fields: the body with the order's status as `orderStatus`, because every record's
 * envelope already answers `status` (final, amended, entered in error) and would overwrite it.
 */
export const ZMedicationView = ZMedicationBody.omit({ status: true }).extend({
  /** Whether the order is active or stopped (sent as `status` in the request). */
  orderStatus: z.enum(['active', 'stopped']),
});
export type TMedicationView = z.infer<typeof ZMedicationView>;

function issuesOf(request: TMedicationRequest, nowMs: number): TApiIssue[] {
  const orderedAtMs = Date.parse(request.orderedAt);
  const issues = requestIssues(
    'medication',
    orderIssues('medication', {
      id: 'new',
      drug: request.drug,
      dose: request.dose,
      unit: request.unit,
      route: request.route,
      status: request.status,
      orderedAtMs,
      orderedBy: request.orderedBy,
    }),
  );
  const late = takenAtIssue(orderedAtMs, nowMs);
  if (late !== undefined) {
    issues.push({ path: ['orderedAt'], message: late.message });
  }
  if (request.drug === 'symptomatic' && request.name === undefined) {
    issues.push({ path: ['name'], message: 'Name the symptomatic medicine' });
  }
  return issues;
}

/** The medication-order record type: editable with `If-Match` (an order is stopped by a change). */
export const MEDICATIONS = defineRecordType({
  name: 'medications',
  resourceType: 'medication-order',
  title: { one: 'a medication order', many: 'medication orders' },
  consentCategory: 'medications',
  access: 'clinical',
  versioning: 'editable',
  create: ZMedicationRequest,
  update: ZMedicationRequest,
  body: ZMedicationBody,
  view: ZMedicationView,
  toBody: (request: TMedicationRequest, { now }) => {
    const issues = issuesOf(request, now.getTime());
    if (issues.length > 0) {
      return { ok: false, issues };
    }
    const orderedAt = new Date(Date.parse(request.orderedAt)).toISOString();
    const body: TMedicationBody = {
      drug: request.drug,
      ...(request.name === undefined ? {} : { name: request.name }),
      dose: request.dose,
      unit: request.unit,
      route: request.route,
      status: request.status,
      orderedAt,
      orderedBy: request.orderedBy,
    };
    return { ok: true, body, recordedAt: orderedAt };
  },
  toView: (body: TMedicationBody): TMedicationView => ({
    drug: body.drug,
    ...(body.name === undefined ? {} : { name: body.name }),
    dose: body.dose,
    unit: body.unit,
    route: body.route,
    orderStatus: body.status,
    orderedAt: body.orderedAt,
    orderedBy: body.orderedBy,
  }),
  filters: ['status', 'from', 'to'],
  sortKeys: ['recordedAt'],
  audit: recordAuditActions('medications'),
  example: {
    drug: 'lofexidine',
    dose: 0.2,
    unit: 'mg',
    route: 'oral',
    status: 'active',
    orderedAt: '2026-03-01T08:00:00.000Z',
    orderedBy: 'Dr Sample Fernhill',
  },
});

/** One medication order as the API answers it. */
export type TMedication = TRecordOf<typeof ZMedicationView>;
