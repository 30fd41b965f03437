import {
  SIGNATURE_MISMATCH_MESSAGE,
  signatureMatches,
  ZApiError,
  ZConsentResponse,
  ZCreateConsentRequest,
  type TCreateConsentRequest,
} from '@kratom-care/contracts';
import { createConsent, getUserByEmail, listMembershipsForUser, type Executor } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { requireAuthenticated } from '../../auth/index.js';
import { AppError } from '../../errors.js';
import { createOnce, IDEMPOTENT_RESPONSES, idempotencyKey } from '../idempotency.js';
import { consentRecipient, consentView } from './consent-view.js';
import { withOwnRecord } from './with-own-record.js';

/** A family-user consent must name an existing family account; otherwise the email is refused. */
async function familyRecipient(trx: Executor, body: TCreateConsentRequest): Promise<string | null> {
  if (body.recipientKind !== 'family-user') {
    return null;
  }
  const user = body.recipientEmail === undefined ? undefined : await getUserByEmail(trx, body.recipientEmail);
  const family = user?.companionRole === 'family';
  const familyMember =
    family || (user !== undefined && (await listMembershipsForUser(trx, user.id)).some((m) => m.role === 'family'));
  if (user === undefined || !familyMember) {
    throw new AppError('INVALID_BODY', 'The body is not valid', [
      { path: ['recipientEmail'], message: "Must be the email of a family member's kratom-care account" },
    ]);
  }
  return user.id;
}

/**
 * `POST /api/me/consents`: the patient signs a new consent (42 CFR §2.31): recipient, categories,
 * purpose, expiry date or event, and their typed full name as the attestation (400 naming
 * `attestation` when it is not their name; a family member is named as well as given by email).
 * Needs an `Idempotency-Key`: a retried signature records one consent.
 *
 * @param app - The app (with a database).
 */
export function registerCreateMyConsent(app: App): void {
  app.post(
    '/api/me/consents',
    {
      schema: {
        summary: 'Grant a consent',
        tags: ['consents'],
        body: ZCreateConsentRequest,
        response: { 201: ZConsentResponse, 404: ZApiError, ...IDEMPOTENT_RESPONSES },
      },
    },
    async (request, reply) => {
      const userId = requireAuthenticated(request).userId;
      const key = idempotencyKey(request);
      const body = request.body;
      const scope = { userId, key, route: 'POST /api/me/consents', body, statusCode: 201 };
      const view = await withOwnRecord(
        app,
        request,
        { action: 'consent.create', resourceType: 'consent' },
        async ({ trx, patient, principal, at }) => {
          const created = await createOnce(trx, scope, async () => {
            // The typed signature is the signer's own name (the account's, or the record's), as the form checks.
            if (!signatureMatches(body.attestation, [principal.name, `${patient.givenName} ${patient.familyName}`])) {
              throw new AppError('INVALID_BODY', 'The body is not valid', [
                { path: ['attestation'], message: SIGNATURE_MISMATCH_MESSAGE },
              ]);
            }
            const recipientUserId = await familyRecipient(trx, body);
            const consent = await createConsent(trx, {
              patientId: patient.id,
              recipientKind: body.recipientKind,
              recipientUserId,
              recipientName: body.recipientName ?? null,
              categories: body.categories,
              purpose: body.purpose,
              expiresAt: body.expiresAt === undefined ? null : new Date(body.expiresAt).toISOString(),
              expiryEvent: body.expiryEvent ?? null,
              attestation: body.attestation,
              createdBy: principal.userId,
              at,
            });
            return consentView({ ...consent, ...(await consentRecipient(trx, consent)) }, at);
          });
          return created.value;
        },
      );
      return reply.code(201).send(view);
    },
  );
}
