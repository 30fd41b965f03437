import { ZApiError, ZAuditQuery, ZListAuditResponse } from '@kratom-care/contracts';
import { queryAudit } from '@kratom-care/store';
import { toAuditView } from './audit-view.js';
import type { App } from '../../app-types.js';
import { auditFacilities } from '../../access/policy.js';
import { definedFields } from '../defined-fields.js';
import { listBody, pageOrBadCursor } from '../keyset-page.js';
import { auditedRead } from './audited-read.js';

/**
 * `GET /api/audit`: the privacy officer's search over audit rows of their facilities (rows whose
 * actor acted at the facility, or whose patient belongs to it), newest first, keyset paged, each
 * row with the actor's and patient's names. Filters stay by id. Everyone else gets 404. Reading the
 * log is itself audited (`audit.search`, the searched patient and the filters on the row), as is a
 * refused attempt.
 *
 * @param app - The app (with a database).
 */
export function registerListAudit(app: App): void {
  app.get(
    '/api/audit',
    {
      schema: {
        summary: 'Search the audit log',
        tags: ['audit'],
        querystring: ZAuditQuery,
        response: { 200: ZListAuditResponse, 400: ZApiError, 404: ZApiError },
      },
    },
    async (request) => {
      const query = request.query;
      const toUtc = (time: string | undefined): string | undefined =>
        time === undefined ? undefined : new Date(time).toISOString();
      const filters = definedFields({
        patientId: query.patientId,
        actorUserId: query.actorUserId,
        from: toUtc(query.from),
        to: toUtc(query.to),
        action: query.action,
        breakGlass: query.breakGlass,
      });
      const details = {
        patientId: query.patientId ?? null,
        reason: Object.keys(filters).length === 0 ? null : `filters: ${JSON.stringify(filters)}`,
      };
      return auditedRead(
        app,
        request,
        {
          action: 'audit.search',
          resourceType: 'audit-log',
          allowed: (principal) => auditFacilities(principal).length > 0,
          details: () => details,
        },
        async (principal) => {
          const page = await pageOrBadCursor(
            queryAudit(
              app.identity.db,
              { facilityIds: auditFacilities(principal), ...filters },
              { limit: query.limit, cursor: query.cursor },
            ),
          );
          return listBody(page, toAuditView);
        },
      );
    },
  );
}
