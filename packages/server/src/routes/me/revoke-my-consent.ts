import { ZApiError, ZConsentResponse, ZIdParams } from '@kratom-care/contracts';
import { getConsent, revokeConsent } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { notFound } from '../../access/with-patient-access.js';
import { AppError } from '../../errors.js';
import { consentRecipient, consentView } from './consent-view.js';
import { withOwnRecord } from './with-own-record.js';

/**
 * `POST /api/me/consents/:id/revoke`: the patient revokes one of their consents; it stops granting
 * anything from the next request on. Another patient's consent is "not found".
 *
 * @param app - The app (with a database).
 */
export function registerRevokeMyConsent(app: App): void {
  app.post(
    '/api/me/consents/:id/revoke',
    {
      schema: {
        summary: 'Revoke a consent',
        tags: ['consents'],
        params: ZIdParams,
        response: { 200: ZConsentResponse, 404: ZApiError, 409: ZApiError },
      },
    },
    async (request) =>
      withOwnRecord(
        app,
        request,
        { action: 'consent.revoke', resourceType: 'consent', resourceId: request.params.id },
        async ({ trx, patient, principal, at }) => {
          const consent = await getConsent(trx, request.params.id);
          if (consent?.patientId !== patient.id) {
            throw notFound();
          }
          const revoked = await revokeConsent(trx, consent.id, { revokedBy: principal.userId, at });
          if (typeof revoked === 'string') {
            throw new AppError('CONFLICT', 'This consent was already revoked or replaced');
          }
          return consentView({ ...revoked, ...(await consentRecipient(trx, revoked)) }, at);
        },
      ),
  );
}
