import { ZApiError, ZListFacilitiesQuery, ZListFacilitiesResponse } from '@kratom-care/contracts';
import { listFacilities } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { facilitiesWithRole, memberFacilities } from '../../access/policy.js';
import { notFound } from '../../access/with-patient-access.js';
import { requireAuthenticated } from '../../auth/index.js';
import { listBody, pageOrBadCursor } from '../keyset-page.js';
import { facilityView } from './facility-view.js';

/**
 * `GET /api/facilities`: the facilities where the caller holds a staff role; the address only
 * where they are admin; by name, keyset paged. Patients and family members get 404.
 *
 * @param app - The app (with a database).
 */
export function registerListFacilities(app: App): void {
  app.get(
    '/api/facilities',
    {
      schema: {
        summary: 'My facilities',
        tags: ['facilities'],
        querystring: ZListFacilitiesQuery,
        response: { 200: ZListFacilitiesResponse, 400: ZApiError, 404: ZApiError },
      },
    },
    async (request) => {
      const principal = requireAuthenticated(request);
      if (!principal.isStaff) {
        throw notFound();
      }
      const mine = memberFacilities(principal);
      const administered = new Set(facilitiesWithRole(principal, 'admin'));
      const page = await pageOrBadCursor(listFacilities(app.identity.db, mine, request.query));
      return listBody(page, (facility) => facilityView(facility, administered.has(facility.id)));
    },
  );
}
