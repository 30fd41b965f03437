import { ZApiError, ZIdParams, ZNetworkFacility } from '@kratom-care/contracts';
import { getFacilityWithProgrammes } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { notFound } from '../../access/with-patient-access.js';
import { requireAuthenticated } from '../../auth/index.js';
import { managedListing } from '../../care-network/managed-listing.js';
import { facilityProfileView, networkProgrammeView } from '../../care-network/network-views.js';

/**
 * `GET /api/facilities/:id`: the facility's profile with every programme, for those who manage its
 * listing (the same rule as changing it: `canManageListing`); everyone else gets the 404 of a missing
 * facility.
 *
 * @param app - The app (with a database).
 */
export function registerGetNetworkFacility(app: App): void {
  app.get(
    '/api/facilities/:id',
    {
      schema: {
        summary: 'A facility with its care-network profile and programmes (its admins)',
        tags: ['facilities'],
        params: ZIdParams,
        response: { 200: ZNetworkFacility, 400: ZApiError, 404: ZApiError },
      },
    },
    async (request, reply) => {
      const principal = requireAuthenticated(request);
      await managedListing(app.identity.db, principal, request.params.id);
      const found = await getFacilityWithProgrammes(app.identity.db, request.params.id);
      if (found === undefined) {
        throw notFound();
      }
      const now = app.identity.clock();
      reply.header('etag', `"${found.facility.version}"`);
      return {
        ...facilityProfileView(found.facility, now),
        programmes: found.programmes.map((programme) => networkProgrammeView(programme, now)),
      };
    },
  );
}
