import { ZApiError, ZListFacilitiesResponse } from '@kratom-care/contracts';
import { listFacilities } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { facilitiesWithRole } from '../../access/policy.js';
import { notFound } from '../../access/with-patient-access.js';
import { requireAuthenticated } from '../../auth/index.js';
import { facilityView } from './facility-view.js';

/**
 * `GET /api/facilities`: the facilities where the caller holds a staff role; the address only
 * where they are admin. Patients and family members get 404.
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
        response: { 200: ZListFacilitiesResponse, 404: ZApiError },
      },
    },
    async (request) => {
      const principal = requireAuthenticated(request);
      if (!principal.isStaff) {
        throw notFound();
      }
      const mine = new Set(principal.roles.flatMap((grant) => (grant.facilityId === null ? [] : [grant.facilityId])));
      const administered = new Set(facilitiesWithRole(principal, 'admin'));
      const items = (await listFacilities(app.identity.db))
        .filter((facility) => mine.has(facility.id))
        .map((facility) => facilityView(facility, administered.has(facility.id)));
      return { items, total: items.length, nextCursor: null };
    },
  );
}
