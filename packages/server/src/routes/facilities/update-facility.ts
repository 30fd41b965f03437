import { ZApiError, ZFacilityResponse, ZIdParams, ZUpdateFacilityRequest } from '@kratom-care/contracts';
import { updateFacility } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { canAdminFacility } from '../../access/policy.js';
import { notFound } from '../../access/with-patient-access.js';
import { requireAuthenticated } from '../../auth/index.js';
import { ifMatchVersion, staleError } from '../patients/patient-view.js';
import { definedFields } from '../defined-fields.js';
import { facilityView } from './facility-view.js';

/**
 * `PATCH /api/facilities/:id`: the facility's admin changes it; `If-Match` required, 412 when stale.
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
        response: { 200: ZFacilityResponse, 400: ZApiError, 404: ZApiError, 412: ZApiError, 428: ZApiError },
      },
    },
    async (request, reply) => {
      const principal = requireAuthenticated(request);
      if (!canAdminFacility(principal, request.params.id)) {
        throw notFound();
      }
      const expected = ifMatchVersion(request.headers['if-match']);
      const at = app.identity.clock().toISOString();
      const result = await updateFacility(
        app.identity.db,
        request.params.id,
        expected,
        definedFields(request.body),
        at,
      );
      if (result === 'not-found') {
        throw notFound();
      }
      if (result === 'stale') {
        throw staleError();
      }
      reply.header('etag', `"${result.version}"`);
      return facilityView(result, true);
    },
  );
}
