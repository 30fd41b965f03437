import { ZApiError, ZCareIntensityResponse, ZIdParams, type TCareIntensityResponse } from '@kratom-care/contracts';
import type { App } from '../../../app-types.js';
import { canWriteClinical } from '../../../access/policy.js';
import { withPatientAccess } from '../../../access/with-patient-access.js';
import { currentDecision, readCareIntensity } from './care-intensity-read.js';

/**
 * `GET /api/patients/:id/care-intensity`: the product's care-intensity suggestion (level, the rule
 * that fired, its reasons) over the patient's current intake and assessments, the inputs behind it
 * (what is not recorded named as such), the programmes of the level, and the clinician's current
 * decision. Clinicians with access only: 404 for everyone else, one audit row per read. It suggests;
 * the clinician decides (`POST`).
 *
 * @param app - The app (with a database).
 * @see Clinical reference §10 (product-owned rules, vectors N1–N6) and Appendix C.4
 */
export function registerGetCareIntensity(app: App): void {
  app.get(
    '/api/patients/:id/care-intensity',
    {
      schema: {
        summary: 'Care-intensity suggestion for a patient (clinicians)',
        tags: ['records'],
        params: ZIdParams,
        response: { 200: ZCareIntensityResponse, 404: ZApiError },
      },
    },
    async (request): Promise<TCareIntensityResponse> =>
      withPatientAccess(
        app,
        request,
        {
          patientId: request.params.id,
          action: 'care-intensity.read',
          resourceType: 'care-intensity',
          check: canWriteClinical,
          mode: 'read',
        },
        async (access) => {
          const [read, decision] = await Promise.all([
            readCareIntensity(access.trx, access.patient.id),
            currentDecision(access.trx, access.patient.id),
          ]);
          return { ...read.response, decision };
        },
      ),
  );
}
