import { ZApiError, ZIdParams, ZPatientResponse } from '@kratom-care/contracts';
import type { App } from '../../app-types.js';
import { canReadPatient } from '../../access/policy.js';
import { withPatientAccess } from '../../access/with-patient-access.js';
import { patientView, setEtag } from './patient-view.js';

/**
 * `GET /api/patients/:id`: demographics with an ETag; 404 for anyone the policy refuses.
 *
 * @param app - The app (with a database).
 */
export function registerGetPatient(app: App): void {
  app.get(
    '/api/patients/:id',
    {
      schema: {
        summary: 'Read one patient',
        tags: ['patients'],
        params: ZIdParams,
        response: { 200: ZPatientResponse, 404: ZApiError },
      },
    },
    async (request, reply) => {
      const patient = await withPatientAccess(
        app,
        request,
        {
          patientId: request.params.id,
          action: 'patient.read',
          resourceType: 'patient',
          check: canReadPatient,
          mode: 'read',
        },
        async (access) => Promise.resolve(access.patient),
      );
      setEtag(reply, patient.version);
      return patientView(patient);
    },
  );
}
