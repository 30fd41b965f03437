import {
  ZApiError,
  ZIdParams,
  ZInquiryDetail,
  ZUpdateInquiryRequest,
  type TUpdateInquiryRequest,
} from '@kratom-care/contracts';
import {
  INQUIRY_STATUS_MESSAGES_EN,
  inquiryMoveProblem,
  isOpenInquiryStatus,
  type InquiryStatus,
} from '@kratom-care/domain';
import {
  appendInquiryActivity,
  getFacility,
  updateInquiry,
  type Executor,
  type InquiryActivityInput,
  type InquiryChanges,
} from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { ifMatchVersion, setEtag, staleError } from '../patients/patient-view.js';
import { invalidField } from './invalid-field.js';
import { loadInquiryDetail } from './load-inquiry-detail.js';
import type { InquiryAccess } from './with-inquiry-access.js';
import { withInquiryAccess } from './with-inquiry-access.js';

type Planned = { changes: InquiryChanges; log: Omit<InquiryActivityInput, 'inquiryId' | 'actorUserId' | 'at'>[] };

function planStatus(access: InquiryAccess, body: TUpdateInquiryRequest, plan: Planned): void {
  if (body.status === undefined) {
    return;
  }
  const from = access.inquiry.status as InquiryStatus;
  const problem = inquiryMoveProblem(from, body.status, body.closeReason);
  if (problem !== undefined) {
    const field = problem === 'inquiry.status.close-needs-reason' ? 'closeReason' : 'status';
    throw invalidField([field], INQUIRY_STATUS_MESSAGES_EN[problem]);
  }
  plan.changes = {
    ...plan.changes,
    status: body.status,
    open: isOpenInquiryStatus(body.status),
    ...(body.closeReason === undefined ? {} : { closeReason: body.closeReason }),
    // The first move out of `new` is the first contact, whoever logged a call or not.
    ...(access.inquiry.firstContactAt === null ? { firstContactAt: access.at } : {}),
  };
  plan.log.push({ kind: 'status', fromStatus: from, toStatus: body.status, text: body.closeReason ?? null });
}

function planBenefits(access: InquiryAccess, body: TUpdateInquiryRequest, plan: Planned): void {
  const input = body.benefits;
  if (input === undefined) {
    return;
  }
  // The server stamps who verified and when; a checklist saved unverified carries no stamp, so
  // an edit after verification asks for a fresh one.
  plan.changes = {
    ...plan.changes,
    benefits: {
      payerKind: input.payerKind ?? null,
      insurer: input.insurer ?? null,
      planType: input.planType ?? null,
      memberId: input.memberId ?? null,
      inNetwork: input.inNetwork ?? null,
      deductibleNotes: input.deductibleNotes ?? null,
      outOfPocketNotes: input.outOfPocketNotes ?? null,
      priorAuthorisation: input.priorAuthorisation ?? null,
      verifiedBy: input.verified ? access.principal.name : null,
      verifiedAt: input.verified ? access.at : null,
      updatedAt: access.at,
    },
  };
  plan.log.push({ kind: 'benefits', text: input.verified ? 'Benefits verified' : 'Benefits checklist saved' });
}

function planTransport(access: InquiryAccess, body: TUpdateInquiryRequest, plan: Planned): void {
  const input = body.transport;
  if (input === undefined) {
    return;
  }
  plan.changes = {
    ...plan.changes,
    transport: {
      pickupLocation: input.pickupLocation,
      date: input.date,
      needs: input.needs === undefined || input.needs === '' ? null : input.needs,
      requestedBy: access.principal.name,
      requestedAt: access.at,
    },
  };
  plan.log.push({ kind: 'transport', text: `Transport requested for ${input.date} from ${input.pickupLocation}` });
}

async function planMove(
  trx: Executor,
  access: InquiryAccess,
  body: TUpdateInquiryRequest,
  plan: Planned,
): Promise<void> {
  if (body.facilityId === undefined) {
    return;
  }
  if (body.facilityId === access.inquiry.facilityId) {
    throw invalidField(['facilityId'], 'The request is already at this facility');
  }
  const target = await getFacility(trx, body.facilityId);
  if (target === undefined) {
    throw invalidField(['facilityId'], 'No facility of the network has this id');
  }
  plan.changes = { ...plan.changes, facilityId: target.id, routedBy: 'moved' };
  plan.log.push({ kind: 'note', text: `Moved to ${target.name}` });
}

/**
 * `PATCH /api/inquiries/:id` (`If-Match`): moves a request along the pipeline (the domain's state
 * machine; closing needs a reason; the first move out of `new` stamps the first contact), saves
 * the benefits checklist (verification stamped by the server) or the transport request, or moves
 * it to another facility of the network. Every change writes its log entry in the same
 * transaction; a refused change stores nothing. Audited as `inquiry.update`.
 *
 * @param app - The app (with a database).
 */
export function registerUpdateInquiry(app: App): void {
  app.patch(
    '/api/inquiries/:id',
    {
      schema: {
        summary: 'Work a call-back request',
        tags: ['inquiries'],
        params: ZIdParams,
        body: ZUpdateInquiryRequest,
        response: { 200: ZInquiryDetail, 400: ZApiError, 404: ZApiError, 412: ZApiError, 428: ZApiError },
      },
    },
    async (request, reply) => {
      const detail = await withInquiryAccess(
        app,
        request,
        { inquiryId: request.params.id, action: 'inquiry.update', mode: 'write' },
        async (access) => {
          const expected = ifMatchVersion(request.headers['if-match']);
          if (expected !== access.inquiry.version) {
            throw staleError();
          }
          const plan: Planned = { changes: {}, log: [] };
          planStatus(access, request.body, plan);
          planBenefits(access, request.body, plan);
          planTransport(access, request.body, plan);
          await planMove(access.trx, access, request.body, plan);
          const updated = await updateInquiry(access.trx, access.inquiry.id, expected, plan.changes, access.at);
          if (updated === 'stale') {
            throw staleError();
          }
          for (const entry of plan.log) {
            await appendInquiryActivity(access.trx, {
              ...entry,
              inquiryId: updated.id,
              actorUserId: access.principal.userId,
              at: access.at,
            });
          }
          return loadInquiryDetail(app, access.trx, updated);
        },
      );
      setEtag(reply, detail.version);
      return detail;
    },
  );
}
