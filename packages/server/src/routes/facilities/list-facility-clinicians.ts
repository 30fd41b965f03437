import {
  ZApiError,
  ZIdParams,
  ZListFacilityCliniciansQuery,
  ZListFacilityCliniciansResponse,
} from '@kratom-care/contracts';
import { listFacilityUsers } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { canSeeFacilityStaff } from '../../access/policy.js';
import { notFound } from '../../access/with-patient-access.js';
import { requireAuthenticated } from '../../auth/index.js';
import { definedFields } from '../defined-fields.js';
import { listBody, pageOrBadCursor } from '../keyset-page.js';

/**
 * `GET /api/facilities/:id/clinicians?q=`: the clinicians of a facility by name (by email), for
 * staff of that facility choosing whom to add to a care team. Anyone else gets 404.
 *
 * @param app - The app (with a database).
 */
export function registerListFacilityClinicians(app: App): void {
  app.get(
    '/api/facilities/:id/clinicians',
    {
      schema: {
        summary: "A facility's clinicians",
        tags: ['facilities'],
        params: ZIdParams,
        querystring: ZListFacilityCliniciansQuery,
        response: { 200: ZListFacilityCliniciansResponse, 400: ZApiError, 404: ZApiError },
      },
    },
    async (request) => {
      const principal = requireAuthenticated(request);
      const facilityId = request.params.id;
      if (!canSeeFacilityStaff(principal, facilityId)) {
        throw notFound();
      }
      const { q, limit, cursor } = request.query;
      const page = await pageOrBadCursor(
        listFacilityUsers(
          app.identity.db,
          {
            memberOf: [facilityId],
            rolesAt: [facilityId],
            role: 'clinician',
            at: app.identity.clock().toISOString(),
            ...definedFields({ q }),
          },
          { limit, cursor },
        ),
      );
      return listBody(page, (user) => ({ id: user.id, name: user.name, email: user.email }));
    },
  );
}
