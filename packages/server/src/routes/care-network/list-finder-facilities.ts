import { ZApiError, ZFinderQuery, ZFinderResponse } from '@kratom-care/contracts';
import type { App } from '../../app-types.js';
import { findFacilities } from '../../care-network/find-facilities.js';
import { zipCentroid } from '../../care-network/zip-centroids.js';
import { AppError } from '../../errors.js';

/**
 * `GET /api/finder/facilities` (public, issue 11 §2): facilities near a ZIP code (within `radiusMiles` of
 * its Census centroid) or in some states or regions, with multi-select filters, nearest first. A ZIP
 * code the Census does not list (a PO-box-only ZIP has no ZCTA) answers 400 naming `zip`.
 *
 * @param app - The app (with a database).
 */
export function registerListFinderFacilities(app: App): void {
  app.get(
    '/api/finder/facilities',
    {
      schema: {
        summary: 'Find care: facilities near a ZIP code or in a state or region, with filters',
        tags: ['finder'],
        querystring: ZFinderQuery,
        response: { 200: ZFinderResponse, 400: ZApiError },
      },
    },
    async (request) => {
      const query = request.query;
      const origin = query.zip === undefined ? null : zipCentroid(query.zip);
      if (origin === undefined) {
        throw new AppError('INVALID_QUERY', 'Unknown ZIP code', [
          {
            path: ['zip'],
            message:
              'We could not find this ZIP code. Check it, or search by state (ZIP codes used only for PO boxes have no area to search around).',
          },
        ]);
      }
      return findFacilities(app.identity.db, query, origin, app.identity.clock());
    },
  );
}
