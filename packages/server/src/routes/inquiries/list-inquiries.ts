import {
  ZApiError,
  ZListInquiriesQuery,
  ZListInquiriesResponse,
  type TListInquiriesQuery,
} from '@kratom-care/contracts';
import { listInquiryQueue, type InquiryQueueFilter } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { canWorkInquiry } from '../../access/inquiry-policy.js';
import { facilitiesWithRole } from '../../access/policy.js';
import { notFound } from '../../access/with-patient-access.js';
import { requireAuthenticated } from '../../auth/index.js';
import { auditAccess } from '../../audit/audit-access.js';
import { listBody, pageOrBadCursor } from '../keyset-page.js';
import { inquirySummary } from './inquiry-view.js';

function queueFilter(status: TListInquiriesQuery['status']): InquiryQueueFilter {
  if (status === undefined) {
    return { kind: 'all' };
  }
  return status === 'open' ? { kind: 'open' } : { kind: 'status', status };
}

/**
 * `GET /api/inquiries?facilityId=&status=&limit=&cursor=`: the admissions queue, oldest first,
 * with each request's timers and the first-contact target they are measured against
 * (`firstContactTargetMinutes`). One facility (where the caller works in admissions), or all of
 * them when `facilityId` is left out; `status` is one status or `open`. Anyone without the
 * admissions role there gets 404. Audited as `inquiry.list`.
 *
 * @param app - The app (with a database).
 */
export function registerListInquiries(app: App): void {
  app.get(
    '/api/inquiries',
    {
      schema: {
        summary: 'The admissions queue',
        tags: ['inquiries'],
        querystring: ZListInquiriesQuery,
        response: { 200: ZListInquiriesResponse, 400: ZApiError, 404: ZApiError },
      },
    },
    async (request) => {
      const principal = requireAuthenticated(request);
      const at = app.identity.clock().toISOString();
      const { facilityId, status, limit, cursor } = request.query;
      const facilityIds = facilityId === undefined ? facilitiesWithRole(principal, 'admissions') : [facilityId];
      const decision = canWorkInquiry(principal, facilityIds[0] ?? '');
      const audited = { action: 'inquiry.list', resourceType: 'inquiry', resourceId: null, at };
      if (facilityIds.length === 0 || facilityIds.some((id) => !canWorkInquiry(principal, id).allowed)) {
        await auditAccess(app.identity.db, request, principal, { ...audited, outcome: 'denied' });
        throw notFound();
      }
      const page = await pageOrBadCursor(
        listInquiryQueue(app.identity.db, facilityIds, queueFilter(status), { limit, cursor }),
      );
      await auditAccess(app.identity.db, request, principal, {
        ...audited,
        decision,
        outcome: 'allowed',
        reason: facilityId === undefined ? null : `facility ${facilityId}`,
      });
      const targetMinutes = app.inquirySettings.firstContactTargetMinutes;
      const clock = { now: at, targetMinutes };
      // The target travels with the page, so the queue can say what the overdue marker means.
      return { ...listBody(page, (row) => inquirySummary(row, clock)), firstContactTargetMinutes: targetMinutes };
    },
  );
}
