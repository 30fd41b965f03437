import { randomUUID } from 'node:crypto';
import {
  ZApiError,
  ZCreateInquiryReferralRequest,
  ZIdParams,
  ZInquiryDetail,
  type TCreateInquiryReferralRequest,
  type TInquiryDetail,
} from '@kratom-care/contracts';
import { isOpenInquiryStatus, type InquiryStatus } from '@kratom-care/domain';
import {
  appendInquiryActivity,
  getFacility,
  insertInquiry,
  recordInquiryDisclosure,
  updateInquiry,
  type Executor,
  type InquiryRecord,
} from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { AppError } from '../../errors.js';
import { IDEMPOTENT_RESPONSES } from '../idempotency.js';
import { staleError } from '../patients/patient-view.js';
import { invalidField } from './invalid-field.js';
import { newInquiryReference } from './inquiry-reference.js';
import { loadInquiryDetail } from './load-inquiry-detail.js';
import { createOnInquiry } from './create-on-inquiry.js';
import type { InquiryAccess } from './with-inquiry-access.js';

/** The receiving provider: a facility of the network, or one outside it named by the coordinator. */
type Recipient =
  | { readonly kind: 'network-facility'; readonly facilityId: string; readonly name: string }
  | { readonly kind: 'outside-provider'; readonly facilityId: null; readonly name: string };

async function recipientOf(
  trx: Executor,
  inquiry: InquiryRecord,
  body: TCreateInquiryReferralRequest,
): Promise<Recipient> {
  if (body.toFacilityId === undefined) {
    return { kind: 'outside-provider', facilityId: null, name: body.toName ?? '' };
  }
  if (body.toFacilityId === inquiry.facilityId) {
    throw invalidField(['toFacilityId'], 'Refer the person to another facility than this one');
  }
  const facility = await getFacility(trx, body.toFacilityId);
  if (facility === undefined) {
    throw invalidField(['toFacilityId'], 'No facility of the network has this id');
  }
  return { kind: 'network-facility', facilityId: facility.id, name: facility.name };
}

/**
 * Inside the network the receiving facility works the person in its own queue: a new request
 * there, linked to this one, with the summary as its first entry. The person's consent to be
 * contacted covers the network (decision 0031).
 */
async function openAtReceivingFacility(
  access: InquiryAccess,
  facilityId: string,
  summary: string,
  reference: string,
): Promise<void> {
  const { trx, inquiry, at } = access;
  const received = await insertInquiry(trx, {
    ...inquiry,
    id: randomUUID(),
    reference: newInquiryReference(),
    facilityId,
    routedBy: 'referral',
    submittedAt: at,
    referredFromId: inquiry.id,
  });
  await appendInquiryActivity(trx, {
    inquiryId: received.id,
    kind: 'status',
    toStatus: 'new',
    actorUserId: access.principal.userId,
    at,
  });
  await appendInquiryActivity(trx, {
    inquiryId: received.id,
    kind: 'referral',
    text: `Referred from ${reference}: ${summary}`,
    actorUserId: access.principal.userId,
    at,
  });
}

/**
 * `POST /api/inquiries/:id/referrals` (`Idempotency-Key`): refers the person to another facility
 * of the network (which gets the request in its queue) or to a provider outside it (only when the
 * coordinator confirms the person agreed). The referral is a disclosure: one `inquiry_disclosure`
 * row names the recipient, the summary and the consent behind it; the request becomes
 * `referred-out`. All in one transaction. Audited as `inquiry.refer`.
 *
 * @param app - The app (with a database).
 */
export function registerReferInquiry(app: App): void {
  app.post(
    '/api/inquiries/:id/referrals',
    {
      schema: {
        summary: 'Refer a call-back request out',
        tags: ['inquiries'],
        params: ZIdParams,
        body: ZCreateInquiryReferralRequest,
        response: { 201: ZInquiryDetail, 404: ZApiError, ...IDEMPOTENT_RESPONSES },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const created = await createOnInquiry(
        app,
        request,
        'referrals',
        'inquiry.refer',
        async (access): Promise<TInquiryDetail> => {
          const { trx, inquiry, principal, at } = access;
          if (!isOpenInquiryStatus(inquiry.status as InquiryStatus)) {
            throw new AppError('CONFLICT', 'The request has ended; it cannot be referred');
          }
          const recipient = await recipientOf(trx, inquiry, body);
          await recordInquiryDisclosure(trx, {
            inquiryId: inquiry.id,
            recipientKind: recipient.kind,
            recipientFacilityId: recipient.facilityId,
            recipientName: recipient.name,
            summary: body.summary,
            consentToContactAt: inquiry.consentToContactAt,
            consentConfirmedBy: recipient.kind === 'outside-provider' ? principal.userId : null,
            actorUserId: principal.userId,
            occurredAt: at,
            requestId: request.id,
          });
          if (recipient.kind === 'network-facility') {
            await openAtReceivingFacility(access, recipient.facilityId, body.summary, inquiry.reference);
          }
          const updated = await updateInquiry(
            trx,
            inquiry.id,
            inquiry.version,
            {
              status: 'referred-out',
              open: false,
              ...(inquiry.firstContactAt === null ? { firstContactAt: at } : {}),
            },
            at,
          );
          if (updated === 'stale') {
            throw staleError();
          }
          const actor = { inquiryId: inquiry.id, actorUserId: principal.userId, at };
          await appendInquiryActivity(trx, {
            ...actor,
            kind: 'status',
            fromStatus: inquiry.status,
            toStatus: 'referred-out',
          });
          await appendInquiryActivity(trx, {
            ...actor,
            kind: 'referral',
            text: `Referred to ${recipient.name}: ${body.summary}`,
          });
          return loadInquiryDetail(app, trx, updated);
        },
      );
      return reply.code(201).send(created);
    },
  );
}
