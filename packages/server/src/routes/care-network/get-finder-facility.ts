import { ZApiError, ZFinderFacility, ZFinderFacilityParams } from '@kratom-care/contracts';
import { getFacilityWithProgrammes } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { notFound } from '../../access/with-patient-access.js';
import { finderFacilityView } from '../../care-network/network-views.js';

/**
 * `GET /api/finder/facilities/:id` (public): one facility of the network with its programmes, as the
 * finder shows it (no distance, no match reasons).
 *
 * @param app - The app (with a database).
 */
export function registerGetFinderFacility(app: App): void {
  app.get(
    '/api/finder/facilities/:id',
    {
      schema: {
        summary: 'Find care: one facility with its programmes',
        tags: ['finder'],
        params: ZFinderFacilityParams,
        response: { 200: ZFinderFacility, 400: ZApiError, 404: ZApiError },
      },
    },
    async (request) => {
      const found = await getFacilityWithProgrammes(app.identity.db, request.params.id);
      if (found === undefined) {
        throw notFound();
      }
      return finderFacilityView(
        found.facility,
        found.programmes,
        { distanceMiles: null, matchReasons: [] },
        app.identity.clock(),
      );
    },
  );
}
