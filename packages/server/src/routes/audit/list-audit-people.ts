import { ZApiError, ZAuditPeopleQuery, ZListAuditPeopleResponse } from '@kratom-care/contracts';
import { listFacilityUsers } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { auditFacilities } from '../../access/policy.js';
import { definedFields } from '../defined-fields.js';
import { listBody, pageOrBadCursor } from '../keyset-page.js';
import { auditedRead } from './audited-read.js';

/**
 * `GET /api/audit/people?q=`: the privacy officer's person picker: users with a role at the
 * officer's facilities, searched by name or email, by email, with their roles there. The audit
 * search then filters by the picked id. Everyone else gets 404. Part of reading the audit log, so
 * audited (`audit.people`, the search text on the row), as is a refused attempt.
 *
 * @param app - The app (with a database).
 */
export function registerListAuditPeople(app: App): void {
  app.get(
    '/api/audit/people',
    {
      schema: {
        summary: 'Find a person to search the audit log for',
        tags: ['audit'],
        querystring: ZAuditPeopleQuery,
        response: { 200: ZListAuditPeopleResponse, 400: ZApiError, 404: ZApiError },
      },
    },
    async (request) => {
      const { q, limit, cursor } = request.query;
      return auditedRead(
        app,
        request,
        {
          action: 'audit.people',
          resourceType: 'user',
          allowed: (principal) => auditFacilities(principal).length > 0,
          details: () => ({ reason: q === undefined || q === '' ? null : `search: ${q}` }),
        },
        async (principal) => {
          const facilities = auditFacilities(principal);
          const page = await pageOrBadCursor(
            listFacilityUsers(
              app.identity.db,
              {
                memberOf: facilities,
                rolesAt: facilities,
                at: app.identity.clock().toISOString(),
                ...definedFields({ q }),
              },
              { limit, cursor },
            ),
          );
          return listBody(page, (person) => ({
            id: person.id,
            name: person.name,
            email: person.email,
            roles: person.roles.map((grant) => ({ role: grant.role, facilityId: grant.facilityId })),
          }));
        },
      );
    },
  );
}
