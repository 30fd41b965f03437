import { ZApiError, ZCreateFacilityRequest, ZFacilityResponse } from '@kratom-care/contracts';
import { addMembership, createFacility } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { facilitiesWithRole } from '../../access/policy.js';
import { notFound } from '../../access/with-patient-access.js';
import { requireAuthenticated } from '../../auth/index.js';
import { facilityView } from './facility-view.js';

/**
 * `POST /api/facilities`: an admin creates a facility and becomes its admin.
 *
 * @param app - The app (with a database).
 */
export function registerCreateFacility(app: App): void {
  app.post(
    '/api/facilities',
    {
      schema: {
        summary: 'Create a facility',
        tags: ['facilities'],
        body: ZCreateFacilityRequest,
        response: { 201: ZFacilityResponse, 400: ZApiError, 404: ZApiError },
      },
    },
    async (request, reply) => {
      const principal = requireAuthenticated(request);
      if (facilitiesWithRole(principal, 'admin').length === 0) {
        throw notFound();
      }
      const at = app.identity.clock().toISOString();
      const body = request.body;
      const facility = await app.identity.db.transaction().execute(async (trx) => {
        const created = await createFacility(trx, {
          name: body.name,
          region: body.region,
          address: body.address ?? '',
          at,
        });
        await addMembership(trx, { userId: principal.userId, facilityId: created.id, role: 'admin', at });
        return created;
      });
      reply.header('etag', `"${facility.version}"`);
      return reply.code(201).send(facilityView(facility, true));
    },
  );
}
