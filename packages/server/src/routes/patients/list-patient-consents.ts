import { ZApiError, ZIdParams, ZListConsentsResponse } from '@kratom-care/contracts';
import { listConsentsForPatient } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { canReadPatientConsents } from '../../access/policy.js';
import { withPatientAccess } from '../../access/with-patient-access.js';
import { consentView, recipientEmails } from '../me/consent-view.js';

/**
 * `GET /api/patients/:id/consents`: clinicians with access and the facility's privacy officer.
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
        response: { 200: ZListConsentsResponse, 404: ZApiError },
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
        },
        async ({ trx, patient, at }) => {
          const consents = await listConsentsForPatient(trx, patient.id);
          const emails = await recipientEmails(trx, consents);
          const items = consents.map((consent) => consentView(consent, at, emails));
          return { items, total: items.length, nextCursor: null };
        },
      ),
  );
}
