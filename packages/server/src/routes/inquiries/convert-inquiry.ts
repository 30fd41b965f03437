import {
  ZApiError,
  ZConvertInquiryRequest,
  ZConvertInquiryResponse,
  ZIdParams,
  type TConvertInquiryRequest,
} from '@kratom-care/contracts';
import { appendInquiryActivity, updateInquiry, type InquiryRecord } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { canCreatePatient } from '../../access/policy.js';
import { AppError } from '../../errors.js';
import { IDEMPOTENT_RESPONSES } from '../idempotency.js';
import { createPatientRecord } from '../patients/create-patient-record.js';
import { staleError } from '../patients/patient-view.js';
import { invalidField } from './invalid-field.js';
import { createOnInquiry } from './create-on-inquiry.js';

/** Statuses a request can be converted from: the assessment is booked (or the person is admitted). */
const CONVERTIBLE: ReadonlySet<string> = new Set(['assessment-scheduled', 'admitted']);

/**
 * The patient's names from the request's one name field: the last word is the family name. A
 * single word (the form allows a first name only) needs the family name from the coordinator.
 */
function patientNames(inquiry: InquiryRecord, body: TConvertInquiryRequest): { givenName: string; familyName: string } {
  const words = inquiry.name.trim().split(/\s+/);
  const familyName = body.familyName ?? (words.length > 1 ? words.slice(-1).join('') : undefined);
  const givenName = body.givenName ?? (words.length > 1 ? words.slice(0, -1).join(' ') : inquiry.name.trim());
  if (familyName === undefined) {
    throw invalidField(['familyName'], 'The request gives one name only; add the family name');
  }
  return { givenName, familyName };
}

/**
 * `POST /api/inquiries/:id/convert` (`Idempotency-Key`): makes the person a patient of the
 * request's facility through the same code as `POST /api/patients` (createPatientRecord, its
 * `patient.create` audit row), carrying across only the name, phone and email the person gave;
 * the request becomes `admitted` and is linked to the patient. Audited as `inquiry.convert`.
 *
 * @param app - The app (with a database).
 */
export function registerConvertInquiry(app: App): void {
  app.post(
    '/api/inquiries/:id/convert',
    {
      schema: {
        summary: 'Convert a call-back request to a patient',
        tags: ['inquiries'],
        params: ZIdParams,
        body: ZConvertInquiryRequest,
        response: { 201: ZConvertInquiryResponse, 404: ZApiError, ...IDEMPOTENT_RESPONSES },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const created = await createOnInquiry(
        app,
        request,
        'convert',
        'inquiry.convert',
        async ({ trx, principal, inquiry, at }) => {
          if (inquiry.convertedPatientId !== null) {
            throw new AppError('CONFLICT', 'This request was already converted to a patient');
          }
          if (!CONVERTIBLE.has(inquiry.status)) {
            throw new AppError('CONFLICT', 'Schedule the assessment before converting the request to a patient');
          }
          const decision = canCreatePatient(principal, inquiry.facilityId);
          if (!decision.allowed) {
            // canWorkInquiry already required admissions at this facility, which may create patients.
            throw new AppError('NOT_FOUND', 'Not found');
          }
          const patient = await createPatientRecord(
            trx,
            request,
            principal,
            decision,
            {
              facilityId: inquiry.facilityId,
              ...patientNames(inquiry, body),
              ...(inquiry.email === null ? {} : { email: inquiry.email }),
              ...(inquiry.phone === null ? {} : { phone: inquiry.phone }),
            },
            at,
          );
          const updated = await updateInquiry(
            trx,
            inquiry.id,
            inquiry.version,
            { convertedPatientId: patient.id, status: 'admitted', open: false },
            at,
          );
          if (updated === 'stale') {
            throw staleError();
          }
          if (inquiry.status !== 'admitted') {
            await appendInquiryActivity(trx, {
              inquiryId: inquiry.id,
              kind: 'status',
              fromStatus: inquiry.status,
              toStatus: 'admitted',
              actorUserId: principal.userId,
              at,
            });
          }
          await appendInquiryActivity(trx, {
            inquiryId: inquiry.id,
            kind: 'conversion',
            text: 'Converted to a patient record',
            actorUserId: principal.userId,
            at,
          });
          return { patientId: patient.id };
        },
      );
      return reply.code(201).send(created);
    },
  );
}
