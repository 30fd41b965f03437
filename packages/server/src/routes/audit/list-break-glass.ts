import { ZApiError, ZBreakGlassListQuery, ZListBreakGlassResponse } from '@kratom-care/contracts';
import { listBreakGlassGrants } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { auditFacilities } from '../../access/policy.js';
import { notFound } from '../../access/with-patient-access.js';
import { requireAuthenticated } from '../../auth/index.js';
import { listBody, pageOrBadCursor } from '../keyset-page.js';
import { breakGlassView } from './break-glass-view.js';

/**
 * `GET /api/audit/break-glass?reviewed=false`: the privacy officer's review queue for their
 * facilities (unreviewed by default; `reviewed=true` lists the reviewed ones), oldest first,
 * keyset paged, with names.
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
      const facilities = auditFacilities(requireAuthenticated(request));
      if (facilities.length === 0) {
        throw notFound();
      }
      const { reviewed, limit, cursor } = request.query;
      const page = await pageOrBadCursor(
        listBreakGlassGrants(
          app.identity.db,
          { facilityIds: facilities, reviewed: reviewed ?? false },
          { limit, cursor },
        ),
      );
      return listBody(page, breakGlassView);
    },
  );
}
