import { ZApiError, ZListUsersQuery, ZListUsersResponse } from '@kratom-care/contracts';
import { listFacilityUsers } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { facilitiesWithRole } from '../../access/policy.js';
import { notFound } from '../../access/with-patient-access.js';
import { requireAuthenticated } from '../../auth/index.js';
import { definedFields } from '../defined-fields.js';
import { listBody, pageOrBadCursor } from '../keyset-page.js';
import { adminUserView } from './admin-user-view.js';

/**
 * `GET /api/admin/users?facilityId=&q=&status=&limit=&cursor=`: users with a membership in a
 * facility the admin administers (optionally one facility), searched by name or email, filtered by
 * status, by email. One query per page: roles, status and pending invitation come in the same row.
 *
 * @param app - The app (with a database).
 */
export function registerListUsers(app: App): void {
  app.get(
    '/api/admin/users',
    {
      schema: {
        summary: 'List users',
        tags: ['admin'],
        querystring: ZListUsersQuery,
        response: { 200: ZListUsersResponse, 400: ZApiError, 404: ZApiError },
      },
    },
    async (request) => {
      const principal = requireAuthenticated(request);
      const { facilityId, q, status, limit, cursor } = request.query;
      const administered = facilitiesWithRole(principal, 'admin');
      const facilities = facilityId === undefined ? administered : administered.filter((id) => id === facilityId);
      if (facilities.length === 0) {
        throw notFound();
      }
      const page = await pageOrBadCursor(
        listFacilityUsers(
          app.identity.db,
          {
            memberOf: facilities,
            rolesAt: administered,
            at: app.identity.clock().toISOString(),
            ...definedFields({ q, status }),
          },
          { limit, cursor },
        ),
      );
      return listBody(page, adminUserView);
    },
  );
}
