import { ZApiError, ZCareTeamParams, ZCareTeamResponse } from '@kratom-care/contracts';
import { removeCareTeamMember } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { canManageCareTeam } from '../../access/policy.js';
import { notFound, withPatientAccess } from '../../access/with-patient-access.js';
import { careTeamView } from './care-team-check.js';

/**
 * `DELETE /api/patients/:id/care-team/:userId`: takes a clinician off the care team; 404 when they
 * were not on it.
 *
 * @param app - The app (with a database).
 */
export function registerRemoveCareTeamMember(app: App): void {
  app.delete(
    '/api/patients/:id/care-team/:userId',
    {
      schema: {
        summary: 'Remove a clinician from the care team',
        tags: ['patients'],
        params: ZCareTeamParams,
        response: { 200: ZCareTeamResponse, 404: ZApiError },
      },
    },
    async (request) => {
      const { id, userId } = request.params;
      return withPatientAccess(
        app,
        request,
        {
          patientId: id,
          action: 'care-team.remove',
          resourceType: 'care-team',
          resourceId: userId,
          check: canManageCareTeam,
        },
        async ({ trx, patient }) => {
          if (!(await removeCareTeamMember(trx, patient.id, userId))) {
            throw notFound();
          }
          return careTeamView(trx, patient.id);
        },
      );
    },
  );
}
