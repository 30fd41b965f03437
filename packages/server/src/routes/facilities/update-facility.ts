import { ZApiError, ZFacilityProfile, ZIdParams, ZUpdateFacilityRequest } from '@kratom-care/contracts';
import { getFacility, updateFacility } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { notFound } from '../../access/with-patient-access.js';
import { requireAuthenticated } from '../../auth/index.js';
import { managedListing } from '../../care-network/managed-listing.js';
import { facilityProfileInput } from '../../care-network/facility-profile-input.js';
import { facilityProfileView } from '../../care-network/network-views.js';
import { ifMatchVersion, staleError } from '../patients/patient-view.js';
import { definedFields } from '../defined-fields.js';

/**
 * `PATCH /api/facilities/:id`: the facility's admin changes it, the care-network profile included;
 * `If-Match` required, 412 when stale. `verified: true` stamps the last verification with now and the
 * admin's name.
 *
 * @param app - The app (with a database).
 */
export function registerUpdateFacility(app: App): void {
  app.patch(
    '/api/facilities/:id',
    {
      schema: {
        summary: 'Change a facility',
        tags: ['facilities'],
        params: ZIdParams,
        body: ZUpdateFacilityRequest,
        response: { 200: ZFacilityProfile, 400: ZApiError, 404: ZApiError, 412: ZApiError, 428: ZApiError },
      },
    },
    async (request, reply) => {
      const principal = requireAuthenticated(request);
      await managedListing(app.identity.db, principal, request.params.id);
      const expected = ifMatchVersion(request.headers['if-match']);
      const now = app.identity.clock();
      const stored = await getFacility(app.identity.db, request.params.id);
      if (stored === undefined) {
        throw notFound();
      }
      const { profile, verification } = facilityProfileInput(request.body, stored, principal, now);
      const { name, region, address } = definedFields(request.body);
      const result = await updateFacility(
        app.identity.db,
        request.params.id,
        expected,
        { ...definedFields({ name, region, address }), ...profile, ...verification },
        now.toISOString(),
      );
      if (result === 'not-found') {
        throw notFound();
      }
      if (result === 'stale') {
        throw staleError();
      }
      reply.header('etag', `"${result.version}"`);
      return facilityProfileView(result, now);
    },
  );
}
