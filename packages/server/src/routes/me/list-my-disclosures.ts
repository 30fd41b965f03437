import {
  REDISCLOSURE_NOTICE,
  ZApiError,
  ZListDisclosuresQuery,
  ZListDisclosuresResponse,
} from '@kratom-care/contracts';
import { listDisclosuresForPatient } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { listBody, pageOrBadCursor } from '../keyset-page.js';
import { withOwnRecord } from './with-own-record.js';

/**
 * `GET /api/me/disclosures`: the accounting of disclosures (42 CFR §2.24): who received which of
 * the patient's records, when, why and under which consent; newest first, keyset paged.
 *
 * @param app - The app (with a database).
 */
export function registerListMyDisclosures(app: App): void {
  app.get(
    '/api/me/disclosures',
    {
      schema: {
        summary: 'Who has seen my record',
        tags: ['consents'],
        querystring: ZListDisclosuresQuery,
        response: { 200: ZListDisclosuresResponse, 400: ZApiError, 404: ZApiError },
      },
    },
    async (request) =>
      withOwnRecord(
        app,
        request,
        { action: 'disclosure.list', resourceType: 'disclosure' },
        async ({ trx, patient }) => {
          const page = await pageOrBadCursor(listDisclosuresForPatient(trx, patient.id, request.query));
          const body = listBody(page, (disclosure) => ({
            id: disclosure.id,
            consentId: disclosure.consentId,
            recipientKind: disclosure.recipientKind,
            recipientUserId: disclosure.recipientUserId,
            recipientName: disclosure.recipientName,
            categories: disclosure.categories,
            purpose: disclosure.purpose,
            action: disclosure.action,
            resourceType: disclosure.resourceType,
            occurredAt: disclosure.occurredAt,
          }));
          return { ...body, redisclosureNotice: REDISCLOSURE_NOTICE };
        },
      ),
  );
}
