import { ZApiError, ZCreateProgrammeRequest, ZIdParams, ZNetworkProgramme } from '@kratom-care/contracts';
import { createProgramme } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { requireAuthenticated } from '../../auth/index.js';
import { managedListing } from '../../care-network/managed-listing.js';
import { networkProgrammeView } from '../../care-network/network-views.js';
import { createOnce, IDEMPOTENT_RESPONSES, idempotencyKey } from '../idempotency.js';

/**
 * `POST /api/facilities/:id/programmes`: the facility's admin adds a programme (`Idempotency-Key`
 * required). `verified: true` stamps the last verification with now and the admin's name.
 *
 * @param app - The app (with a database).
 */
export function registerCreateProgramme(app: App): void {
  app.post(
    '/api/facilities/:id/programmes',
    {
      schema: {
        summary: 'Add a programme to a facility',
        tags: ['facilities'],
        params: ZIdParams,
        body: ZCreateProgrammeRequest,
        response: { 201: ZNetworkProgramme, 404: ZApiError, ...IDEMPOTENT_RESPONSES },
      },
    },
    async (request, reply) => {
      const principal = requireAuthenticated(request);
      const facilityId = request.params.id;
      await managedListing(app.identity.db, principal, facilityId);
      const key = idempotencyKey(request);
      const now = app.identity.clock();
      const { verified, ...fields } = request.body;
      const route = 'POST /api/facilities/:id/programmes';
      const scope = {
        userId: principal.userId,
        key,
        route: `${route} ${facilityId}`,
        body: request.body,
        statusCode: 201,
      };
      const created = await app.identity.db.transaction().execute(async (trx) =>
        createOnce(trx, scope, async () => {
          const programme = await createProgramme(
            trx,
            facilityId,
            {
              ...fields,
              unmappedCodes: [],
              lastVerifiedAt: verified === true ? now.toISOString() : null,
              lastVerifiedBy: verified === true ? principal.name : null,
            },
            { at: now.toISOString() },
          );
          return networkProgrammeView(programme, now);
        }),
      );
      reply.header('etag', `"${created.value.version}"`);
      return reply.code(201).send(created.value);
    },
  );
}
