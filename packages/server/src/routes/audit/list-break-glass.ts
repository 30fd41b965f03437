import { ZApiError, ZBreakGlassListQuery, ZListBreakGlassResponse } from '@kratom-care/contracts';
import { listBreakGlassGrants } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { auditFacilities } from '../../access/policy.js';
import { listBody, pageOrBadCursor } from '../keyset-page.js';
import { auditedRead } from './audited-read.js';
import { breakGlassView } from './break-glass-view.js';

/**
 * `GET /api/audit/break-glass?reviewed=false`: the privacy officer's review queue for their
 * facilities (unreviewed by default; `reviewed=true` lists the reviewed ones), oldest first,
 * keyset paged, with names. It shows who opened which patient's record, so reading it is audited
 * (`break-glass.list`, the grants shown in the reason), as is a refused attempt.
 *
 * @param app - The app (with a database).
 */
export function registerListBreakGlass(app: App): void {
  app.get(
    '/api/audit/break-glass',
    {
      schema: {
        summary: 'Break-glass accesses to review',
        tags: ['audit'],
        querystring: ZBreakGlassListQuery,
        response: { 200: ZListBreakGlassResponse, 400: ZApiError, 404: ZApiError },
      },
    },
    async (request) => {
      const { reviewed, limit, cursor } = request.query;
      return auditedRead(
        app,
        request,
        {
          action: 'break-glass.list',
          resourceType: 'break-glass',
          allowed: (principal) => auditFacilities(principal).length > 0,
          // A page holds at most 100 grants, so the row stays bounded.
          details: (page: { items: { id: string }[] }) => ({
            reason: `grants shown: ${page.items.length === 0 ? 'none' : page.items.map((grant) => grant.id).join(' ')}`,
          }),
        },
        async (principal) => {
          const page = await pageOrBadCursor(
            listBreakGlassGrants(
              app.identity.db,
              { facilityIds: auditFacilities(principal), reviewed: reviewed ?? false },
              { limit, cursor },
            ),
          );
          return listBody(page, breakGlassView);
        },
      );
    },
  );
}
