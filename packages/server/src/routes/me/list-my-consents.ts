import { ZApiError, ZListConsentsResponse } from '@kratom-care/contracts';
import { listConsentsForPatient } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { consentView, recipientEmails } from './consent-view.js';
import { withOwnRecord } from './with-own-record.js';

/**
 * `GET /api/me/consents`: the patient's own consents, every version, newest first.
 *
 * @param app - The app (with a database).
 */
export function registerListMyConsents(app: App): void {
  app.get(
    '/api/me/consents',
    {
      schema: { summary: 'My consents', tags: ['consents'], response: { 200: ZListConsentsResponse, 404: ZApiError } },
    },
    async (request) =>
      withOwnRecord(app, request, { action: 'consent.list', resourceType: 'consent' }, async ({ trx, patient, at }) => {
        const consents = await listConsentsForPatient(trx, patient.id);
        const emails = await recipientEmails(trx, consents);
        const items = consents.map((consent) => consentView(consent, at, emails));
        return { items, total: items.length, nextCursor: null };
      }),
  );
}
