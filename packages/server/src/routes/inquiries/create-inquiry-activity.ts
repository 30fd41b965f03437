import {
  ZApiError,
  ZCreateInquiryActivityRequest,
  ZIdParams,
  ZInquiryActivity,
  type TInquiryActivity,
} from '@kratom-care/contracts';
import { appendInquiryActivity, updateInquiry } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { IDEMPOTENT_RESPONSES } from '../idempotency.js';
import { staleError } from '../patients/patient-view.js';
import { inquiryActivityView } from './inquiry-view.js';
import { createOnInquiry } from './create-on-inquiry.js';

/** Entries that reach the person: the first of them is the first contact. */
const CONTACT_KINDS: ReadonlySet<string> = new Set(['call', 'message']);

/**
 * `POST /api/inquiries/:id/activities` (`Idempotency-Key`): logs a call, message or note on a
 * request. The first call or message stamps the first contact (the queue's timer stops). Audited
 * as `inquiry.activity`.
 *
 * @param app - The app (with a database).
 */
export function registerCreateInquiryActivity(app: App): void {
  app.post(
    '/api/inquiries/:id/activities',
    {
      schema: {
        summary: 'Log a call, message or note',
        tags: ['inquiries'],
        params: ZIdParams,
        body: ZCreateInquiryActivityRequest,
        response: { 201: ZInquiryActivity, 404: ZApiError, ...IDEMPOTENT_RESPONSES },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const created = await createOnInquiry(
        app,
        request,
        'activities',
        'inquiry.activity',
        async ({ trx, principal, inquiry, at }): Promise<TInquiryActivity> => {
          if (inquiry.firstContactAt === null && CONTACT_KINDS.has(body.kind)) {
            const stamped = await updateInquiry(trx, inquiry.id, inquiry.version, { firstContactAt: at }, at);
            if (stamped === 'stale') {
              throw staleError();
            }
          }
          const entry = await appendInquiryActivity(trx, {
            inquiryId: inquiry.id,
            kind: body.kind,
            text: body.text,
            actorUserId: principal.userId,
            at,
          });
          return inquiryActivityView({ ...entry, actorName: principal.name });
        },
      );
      return reply.code(201).send(created);
    },
  );
}
