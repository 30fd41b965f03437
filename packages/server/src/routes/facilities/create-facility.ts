import { ZApiError, ZCreateFacilityRequest, ZFacilityProfile } from '@kratom-care/contracts';
import { addMembership, createFacility } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { facilitiesWithRole } from '../../access/policy.js';
import { notFound } from '../../access/with-patient-access.js';
import { requireAuthenticated } from '../../auth/index.js';
import { facilityProfileInput } from '../../care-network/facility-profile-input.js';
import { facilityProfileView } from '../../care-network/network-views.js';
import { createOnce, IDEMPOTENT_RESPONSES, idempotencyKey } from '../idempotency.js';

/**
 * `POST /api/facilities`: an admin creates a facility and becomes its admin. Needs an
 * `Idempotency-Key`: a retried create makes one facility. The care-network profile (address parts,
 * phones, hours, languages) is optional; see `facilityProfileInput`.
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
        response: { 201: ZFacilityProfile, 404: ZApiError, ...IDEMPOTENT_RESPONSES },
      },
    },
    async (request, reply) => {
      const principal = requireAuthenticated(request);
      const key = idempotencyKey(request);
      if (facilitiesWithRole(principal, 'admin').length === 0) {
        throw notFound();
      }
      const now = app.identity.clock();
      const at = now.toISOString();
      const body = request.body;
      const { profile, verification } = facilityProfileInput(body, null, principal, now);
      const scope = { userId: principal.userId, key, route: 'POST /api/facilities', body, statusCode: 201 };
      const created = await app.identity.db.transaction().execute(async (trx) =>
        createOnce(trx, scope, async () => {
          const facility = await createFacility(trx, {
            name: body.name,
            region: body.region,
            address: body.address ?? '',
            at,
            profile,
            listing: verification,
          });
          await addMembership(trx, { userId: principal.userId, facilityId: facility.id, role: 'admin', at });
          return facilityProfileView(facility, now);
        }),
      );
      reply.header('etag', `"${created.value.version}"`);
      return reply.code(201).send(created.value);
    },
  );
}
