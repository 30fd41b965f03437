import { ZApiError, ZListUsersQuery, ZListUsersResponse, type TAdminUser } from '@kratom-care/contracts';
import { listFacilityUsers } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { facilitiesWithRole } from '../../access/policy.js';
import type { Principal } from '../../auth/index.js';
import { auditedRead } from '../audit/audited-read.js';
import { definedFields } from '../defined-fields.js';
import { listBody, pageOrBadCursor } from '../keyset-page.js';
import { adminUserView } from './admin-user-view.js';

/** The audit details of a page that shows patients' accounts (a page holds at most 100 users). */
function patientsShown(page: { items: TAdminUser[] }): { reason: string } | undefined {
  const patients = page.items.filter((user) => user.roles.some((grant) => grant.role === 'patient'));
  return patients.length === 0
    ? undefined
    : { reason: `patient accounts shown: ${patients.map((user) => user.id).join(' ')}` };
}

/**
 * `GET /api/admin/users?facilityId=&q=&status=&limit=&cursor=`: users with a membership in a
 * facility the admin administers (optionally one facility), searched by name or email, filtered by
 * status, by email. One query per page: roles, status and pending invitation come in the same row.
 * A page that shows a patient's account tells who is a patient, so it writes one audit row
 * (`admin.user.list`, the shown patients' user ids in the reason); a refused request writes a
 * `denied` row; a page of staff only writes none.
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
      const { facilityId, q, status, limit, cursor } = request.query;
      const scope = (principal: Principal) => {
        const administered = facilitiesWithRole(principal, 'admin');
        const facilities = facilityId === undefined ? administered : administered.filter((id) => id === facilityId);
        return { administered, facilities };
      };
      return auditedRead(
        app,
        request,
        {
          action: 'admin.user.list',
          resourceType: 'user',
          allowed: (principal) => scope(principal).facilities.length > 0,
          details: patientsShown,
        },
        async (principal) => {
          const { administered, facilities } = scope(principal);
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
    },
  );
}
