import { ZApiError, ZIdParams, ZListConsentsQuery, ZListConsentsResponse } from '@kratom-care/contracts';
import { listConsentsForPatient } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { canReadPatientConsents } from '../../access/policy.js';
import { withPatientAccess } from '../../access/with-patient-access.js';
import { listBody, pageOrBadCursor } from '../keyset-page.js';
import { consentView } from '../me/consent-view.js';

/**
 * `GET /api/patients/:id/consents`: clinicians with access and the facility's privacy officer;
 * newest first, keyset paged.
 *
 * @param app - The app (with a database).
 */
export function registerListPatientConsents(app: App): void {
  app.get(
    '/api/patients/:id/consents',
    {
      schema: {
        summary: "List a patient's consents",
        tags: ['consents'],
        params: ZIdParams,
        querystring: ZListConsentsQuery,
        response: { 200: ZListConsentsResponse, 400: ZApiError, 404: ZApiError },
      },
    },
    async (request) =>
      withPatientAccess(
        app,
        request,
        {
          patientId: request.params.id,
          action: 'consent.list',
          resourceType: 'consent',
          check: canReadPatientConsents,
          mode: 'read',
        },
        async ({ trx, patient, at }) =>
          listBody(await pageOrBadCursor(listConsentsForPatient(trx, patient.id, request.query)), (consent) =>
            consentView(consent, at),
          ),
      ),
  );
}
