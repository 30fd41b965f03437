import {
  administrationIssues,
  MEDICATION_ROUTES,
  takenAtIssue,
  TREATMENT_DOSE_UNITS,
  TREATMENT_DRUGS,
} from '@kratom-care/domain';
import { z } from 'zod';
import type { TApiIssue } from '../errors.js';
import {
  defineRecordType,
  recordAuditActions,
  type BodyResult,
  type RecordContext,
  type TRecordOf,
} from './define-record-type.js';
import { requestIssues } from './medication-issues.js';
import { MEDICATIONS, ZMedicationBody } from './medications.js';

/*
 * Doses given (issue 10 §4): how much, by which route, when and who gave it, under the medication
 * order they were given for (`/api/patients/:id/medications/:medId/administrations`). The medicine
 * is the order's: the dose is checked against it with the treatment domain's `administrationIssues`
 * (a unit that medicine is not recorded in, a dose that is not whole micrograms), and stored with
 * the dose so the decision-support panel reads a dose without its order.
 */

const ZGivenAt = z.iso.datetime({ offset: true, error: 'Must be a date and time like 2027-01-31T08:30:00Z' });

/** `POST /api/patients/:id/medications/:medId/administrations`. */
export const ZAdministrationRequest = z.strictObject({
  dose: z.number({ error: 'Must be a number' }),
  unit: z.enum(TREATMENT_DOSE_UNITS).meta({ description: 'UCUM; ug is micrograms' }),
  route: z.enum(MEDICATION_ROUTES),
  givenAt: ZGivenAt,
  /** Who gave it (the name as charted). */
  givenBy: z.string().trim().min(1, { error: 'Say who gave it' }).max(200),
});
export type TAdministrationRequest = z.infer<typeof ZAdministrationRequest>;

/** The stored body and the response fields: the order's id and medicine, the dose, `givenAt` as UTC. */
export const ZAdministrationBody = z.object({
  medicationId: z.string(),
  drug: z.enum(TREATMENT_DRUGS),
  dose: z.number(),
  unit: z.enum(TREATMENT_DOSE_UNITS),
  route: z.enum(MEDICATION_ROUTES),
  givenAt: z.string(),
  givenBy: z.string(),
});
export type TAdministrationBody = z.infer<typeof ZAdministrationBody>;

function toBody(request: TAdministrationRequest, { now, parent }: RecordContext): BodyResult<TAdministrationBody> {
  const order = ZMedicationBody.safeParse(parent?.body);
  if (parent === undefined || !order.success) {
    // The platform always passes a nested type's parent; a body it did not write is a server fault.
    throw new Error('An administration needs the medication order it was given for');
  }
  const givenAtMs = Date.parse(request.givenAt);
  const issues: TApiIssue[] = requestIssues(
    'administration',
    administrationIssues('administration', {
      id: 'new',
      orderId: parent.id,
      drug: order.data.drug,
      dose: request.dose,
      unit: request.unit,
      route: request.route,
      givenAtMs,
      givenBy: request.givenBy,
    }),
  );
  const late = takenAtIssue(givenAtMs, now.getTime());
  if (late !== undefined) {
    issues.push({ path: ['givenAt'], message: late.message });
  }
  if (issues.length > 0) {
    return { ok: false, issues };
  }
  const givenAt = new Date(givenAtMs).toISOString();
  return {
    ok: true,
    body: {
      medicationId: parent.id,
      drug: order.data.drug,
      dose: request.dose,
      unit: request.unit,
      route: request.route,
      givenAt,
      givenBy: request.givenBy,
    },
    recordedAt: givenAt,
  };
}

/** The administration record type: append-only (a wrong entry is marked entered in error), under its order. */
export const MEDICATION_ADMINISTRATIONS = defineRecordType({
  name: 'administrations',
  resourceType: 'medication-administration',
  title: { one: 'a medication administration', many: 'medication administrations' },
  consentCategory: 'medications',
  access: 'clinical',
  versioning: 'append-only',
  parent: { type: MEDICATIONS.name, param: 'medId' },
  create: ZAdministrationRequest,
  body: ZAdministrationBody,
  view: ZAdministrationBody,
  toBody,
  toView: (body: TAdministrationBody) => ({
    medicationId: body.medicationId,
    drug: body.drug,
    dose: body.dose,
    unit: body.unit,
    route: body.route,
    givenAt: body.givenAt,
    givenBy: body.givenBy,
  }),
  filters: ['status', 'from', 'to'],
  sortKeys: ['recordedAt'],
  audit: recordAuditActions('administrations'),
  example: {
    dose: 0.2,
    unit: 'mg',
    route: 'oral',
    givenAt: '2026-03-01T09:00:00.000Z',
    givenBy: 'Nurse Sample Willowby',
  },
});

/** One administration as the API answers it. */
export type TMedicationAdministration = TRecordOf<typeof ZAdministrationBody>;
