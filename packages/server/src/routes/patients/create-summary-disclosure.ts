import {
  ZApiError,
  ZCreateSummaryDisclosureRequest,
  ZIdParams,
  ZSummaryDisclosureResponse,
  type TSummaryDisclosureResponse,
} from '@kratom-care/contracts';
import { listExternalConsentsInForce, recordDisclosure } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { canWriteClinical } from '../../access/policy.js';
import { withPatientAccess } from '../../access/with-patient-access.js';
import { requireAuthenticated } from '../../auth/index.js';
import { AppError } from '../../errors.js';
import { createOnce, IDEMPOTENT_RESPONSES, idempotencyKey } from '../idempotency.js';
import { assembleHandoffSummary, summaryCategories } from './handoff-summary.js';
import { chooseSummaryConsent, coveredBy } from './summary-consent.js';

/**
 * `POST /api/patients/:id/summary/disclosures` `{ recipient, purpose, consentId? }`: produces the
 * hand-off summary for an outside provider. It needs a consent in force that names that provider
 * (42 CFR §2.31, §2.33); the summary carries only the sections the consent covers, with the
 * §2.32 redisclosure notice and the consent's scope, and one `disclosure` row (action `share`) is written in the same
 * transaction as the audit row, so the patient sees it under "Who saw my records". Clinicians with
 * access only; 404 for everyone else. Needs an `Idempotency-Key`: a retry discloses once.
 *
 * @param app - The app (with a database).
 * @see docs/decisions/0028-handoff-summary.md
 */
export function registerCreateSummaryDisclosure(app: App): void {
  app.post(
    '/api/patients/:id/summary/disclosures',
    {
      schema: {
        summary: 'Send the hand-off summary to an outside provider (a disclosure)',
        tags: ['records'],
        params: ZIdParams,
        body: ZCreateSummaryDisclosureRequest,
        response: { 201: ZSummaryDisclosureResponse, 404: ZApiError, ...IDEMPOTENT_RESPONSES },
      },
    },
    async (request, reply) => {
      const userId = requireAuthenticated(request).userId;
      const key = idempotencyKey(request);
      const route = `POST /api/patients/${request.params.id}/summary/disclosures`;
      const answer = await withPatientAccess(
        app,
        request,
        {
          patientId: request.params.id,
          action: 'summary.disclose',
          resourceType: 'handoff-summary',
          check: canWriteClinical,
        },
        async ({ trx, patient, principal, at }) => {
          const created = await createOnce(
            trx,
            { userId, key, route, body: request.body, statusCode: 201 },
            async (): Promise<TSummaryDisclosureResponse> => {
              const consent = chooseSummaryConsent(
                await listExternalConsentsInForce(trx, patient.id, at),
                request.body,
              );
              const covers = coveredBy(consent);
              const categories = summaryCategories(covers);
              if (categories.length === 0) {
                throw new AppError('INVALID_BODY', 'This consent does not cover the summary', [
                  {
                    path: ['consentId'],
                    message: `The consent covers ${consent.categories.join(', ')}: none of the summary's records`,
                  },
                ]);
              }
              const summary = await assembleHandoffSummary(trx, patient, at, covers);
              const disclosure = await recordDisclosure(trx, {
                patientId: patient.id,
                consentId: consent.id,
                recipientKind: 'external-provider',
                recipientName: consent.recipientName,
                categories,
                purpose: request.body.purpose,
                action: 'share',
                resourceType: 'handoff-summary',
                actorUserId: principal.userId,
                occurredAt: at,
                requestId: request.id,
              });
              return {
                disclosure: {
                  id: disclosure.id,
                  consentId: consent.id,
                  recipientName: consent.recipientName ?? request.body.recipient,
                  purpose: disclosure.purpose,
                  categories: disclosure.categories,
                  occurredAt: disclosure.occurredAt,
                },
                // The consent's scope travels with the copy (42 CFR §2.32).
                consent: {
                  id: consent.id,
                  recipientName: consent.recipientName ?? request.body.recipient,
                  categories: consent.categories,
                  purpose: consent.purpose,
                  expiresAt: consent.expiresAt,
                  expiryEvent: consent.expiryEvent,
                  signedAt: consent.createdAt,
                },
                summary,
              };
            },
          );
          return created.value;
        },
      );
      return reply.code(201).send(answer);
    },
  );
}
