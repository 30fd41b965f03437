import { ZApiError, ZIdParams, ZPatientResponse, ZUpdatePatientRequest } from '@kratom-care/contracts';
import { updatePatient } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { canEditPatient } from '../../access/policy.js';
import { withPatientAccess } from '../../access/with-patient-access.js';
import { definedFields } from '../defined-fields.js';
import { ifMatchVersion, patientView, setEtag, staleError } from './patient-view.js';

/**
 * `PATCH /api/patients/:id`: needs `If-Match`; 428 without it, 412 when stale. Access is checked
 * first, so a hidden patient answers 404 whatever the headers say.
 *
 * @param app - The app (with a database).
 */
export function registerUpdatePatient(app: App): void {
  app.patch(
    '/api/patients/:id',
    {
      schema: {
        summary: 'Change a patient',
        tags: ['patients'],
        params: ZIdParams,
        body: ZUpdatePatientRequest,
        response: { 200: ZPatientResponse, 400: ZApiError, 404: ZApiError, 412: ZApiError, 428: ZApiError },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const updated = await withPatientAccess(
        app,
        request,
        { patientId: request.params.id, action: 'patient.update', resourceType: 'patient', check: canEditPatient },
        async ({ trx, patient, at }) => {
          const expected = ifMatchVersion(request.headers['if-match']);
          if (expected !== patient.version) {
            throw staleError();
          }
          const result = await updatePatient(trx, patient.id, expected, definedFields(body), at);
          if (typeof result === 'string') {
            throw staleError();
          }
          return result;
        },
      );
      setEtag(reply, updated.version);
      return patientView(updated);
    },
  );
}
