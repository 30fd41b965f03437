import { ZApiError, ZListConsentsQuery, ZListConsentsResponse } from '@kratom-care/contracts';
import { listConsentsForPatient } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { listBody, pageOrBadCursor } from '../keyset-page.js';
import { consentView } from './consent-view.js';
import { withOwnRecord } from './with-own-record.js';

/**
 * `GET /api/me/consents`: the patient's own consents, every version, newest first, keyset paged.
 *
 * @param app - The app (with a database).
 */
export function registerListMyConsents(app: App): void {
  app.get(
    '/api/me/consents',
    {
      schema: {
        summary: 'My consents',
        tags: ['consents'],
        querystring: ZListConsentsQuery,
        response: { 200: ZListConsentsResponse, 400: ZApiError, 404: ZApiError },
      },
    },
    async (request) =>
      withOwnRecord(app, request, { action: 'consent.list', resourceType: 'consent' }, async ({ trx, patient, at }) =>
        listBody(await pageOrBadCursor(listConsentsForPatient(trx, patient.id, request.query)), (consent) =>
          consentView(consent, at),
        ),
      ),
  );
}
