import { ZApiError, ZNoContent, ZProgrammeParams } from '@kratom-care/contracts';
import { deleteProgramme } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { notFound } from '../../access/with-patient-access.js';
import { requireAuthenticated } from '../../auth/index.js';
import { managedListing } from '../../care-network/managed-listing.js';

/**
 * `DELETE /api/facilities/:id/programmes/:programmeId`: the facility's admin removes a programme
 * (the admin page asks to confirm first); 204, or 404 when there is none.
 *
 * @param app - The app (with a database).
 */
export function registerDeleteProgramme(app: App): void {
  app.delete(
    '/api/facilities/:id/programmes/:programmeId',
    {
      schema: {
        summary: 'Remove a programme',
        tags: ['facilities'],
        params: ZProgrammeParams,
        response: { 204: ZNoContent, 400: ZApiError, 404: ZApiError },
      },
    },
    async (request, reply) => {
      const principal = requireAuthenticated(request);
      const { id: facilityId, programmeId } = request.params;
      await managedListing(app.identity.db, principal, facilityId);
      if (!(await deleteProgramme(app.identity.db, facilityId, programmeId))) {
        throw notFound();
      }
      return reply.code(204).send(null);
    },
  );
}
