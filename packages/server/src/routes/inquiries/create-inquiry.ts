import { randomUUID } from 'node:crypto';
import {
  ZApiError,
  ZCreateInquiryRequest,
  ZCreateInquiryResponse,
  type TCreateInquiryRequest,
} from '@kratom-care/contracts';
import { routesToFamilyProgramme } from '@kratom-care/domain';
import { appendAudit, appendInquiryActivity, insertInquiry, type Executor } from '@kratom-care/store';
import type { FastifyRequest } from 'fastify';
import type { App } from '../../app-types.js';
import { perIpPerMinute } from '../../auth/rate-limits.js';
import { zipCentroid } from '../../care-network/zip-centroids.js';
import { createOnce, IDEMPOTENT_RESPONSES, idempotencyKey } from '../idempotency.js';
import { invalidField } from './invalid-field.js';
import { newInquiryReference } from './inquiry-reference.js';
import { routeInquiry, type InquiryRoute } from './route-inquiry.js';

const ROUTE = 'POST /api/inquiries';

/**
 * Whose `Idempotency-Key`s these are: the form has no account, so all public submissions share one
 * key space. Keys are random per form (a UUID), so two people never meet in it; a key replayed
 * with another body answers 422 as everywhere else.
 */
const PUBLIC_KEY_OWNER = 'public:inquiry-form';

async function storeInquiry(
  trx: Executor,
  request: FastifyRequest,
  body: TCreateInquiryRequest,
  route: InquiryRoute,
  at: string,
): Promise<{ reference: string }> {
  const id = randomUUID();
  const reference = newInquiryReference();
  await insertInquiry(trx, {
    id,
    reference,
    facilityId: route.facilityId,
    name: body.name,
    phone: body.phone ?? null,
    email: body.email ?? null,
    bestTime: body.bestTime,
    forWhom: body.forWhom,
    zip: body.zip ?? null,
    state: body.state ?? null,
    payer:
      body.payer === undefined
        ? null
        : { kind: body.payer.kind, insurer: body.payer.insurer ?? null, memberId: body.payer.memberId ?? null },
    levelOfCare: body.levelOfCare ?? null,
    requestedFacilityId: body.facilityId ?? null,
    needs: body.needs,
    routedToFamilyProgramme: routesToFamilyProgramme(body.needs),
    routedBy: route.routedBy,
    selfCheckSummary: body.selfCheckSummary ?? null,
    consentToContactAt: at,
    submittedAt: at,
    referredFromId: null,
  });
  await appendInquiryActivity(trx, {
    inquiryId: id,
    kind: 'status',
    toStatus: 'new',
    text: 'Call-back requested online',
    actorUserId: null,
    at,
  });
  // Nobody is signed in: the row names no actor, only the facility the request went to.
  await appendAudit(trx, request.server.identity.auditKey, {
    at,
    actorUserId: null,
    actorRole: null,
    actorFacilityId: route.facilityId,
    action: 'inquiry.submit',
    patientId: null,
    resourceType: 'inquiry',
    resourceId: id,
    outcome: 'allowed',
    breakGlass: false,
    reason: route.routedBy,
    requestId: request.id,
    clientIp: request.ip,
  });
  return { reference };
}

/**
 * `POST /api/inquiries` (public, rate-limited per IP, `Idempotency-Key` required): a confidential
 * call-back request. The schema refuses a filled honeypot (`website`) and a form sent faster than a
 * person fills it (`elapsedMs`) with a 400 naming the field, like any other bad field (decision
 * 0031); a ZIP code the Census does not list is a 400 naming `zip`. Nothing is stored until all of
 * it is valid; then the request is routed (routeInquiry), stored with its first log entry and its
 * audit row in one transaction, and answered with its reference only.
 *
 * @param app - The app (with a database).
 */
export function registerCreateInquiry(app: App): void {
  app.post(
    '/api/inquiries',
    {
      config: { csrf: 'always', rateLimit: perIpPerMinute(app.identity.limits.inquiryPerIpPerMinute) },
      schema: {
        summary: 'Request a confidential call-back',
        tags: ['inquiries'],
        body: ZCreateInquiryRequest,
        response: { 201: ZCreateInquiryResponse, 429: ZApiError, ...IDEMPOTENT_RESPONSES },
      },
    },
    async (request, reply) => {
      const key = idempotencyKey(request);
      const body = request.body;
      const origin = body.zip === undefined ? undefined : zipCentroid(body.zip);
      if (body.zip !== undefined && origin === undefined) {
        throw invalidField(['zip'], 'We do not know this ZIP code; check it, or choose your state instead');
      }
      const at = app.identity.clock().toISOString();
      // A resend of the same form carries a longer fill time; it is the same request.
      const scope = {
        userId: PUBLIC_KEY_OWNER,
        key,
        route: ROUTE,
        body: { ...body, elapsedMs: undefined },
        statusCode: 201,
      };
      const created = await app.identity.db.transaction().execute((trx) =>
        createOnce(trx, scope, async () => {
          const route = await routeInquiry(trx, {
            facilityId: body.facilityId,
            origin,
            state: body.state,
            levelOfCare: body.levelOfCare,
          });
          return storeInquiry(trx, request, body, route, at);
        }),
      );
      return reply.code(201).send(created.value);
    },
  );
}
