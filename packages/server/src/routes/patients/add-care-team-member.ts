import { ZApiError, ZCareTeamParams, ZCareTeamResponse } from '@kratom-care/contracts';
import { addCareTeamMember } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { canManageCareTeam } from '../../access/policy.js';
import { withPatientAccess } from '../../access/with-patient-access.js';
import { careTeamView, requireFacilityClinician } from './care-team-check.js';

/**
 * `PUT /api/patients/:id/care-team/:userId`: a clinician on the team or an admin of the facility
 * adds a clinician of the facility. Adding someone already there changes nothing.
 *
 * @param app - The app (with a database).
 */
export function registerAddCareTeamMember(app: App): void {
  app.put(
    '/api/patients/:id/care-team/:userId',
    {
      schema: {
        summary: 'Add a clinician to the care team',
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
          action: 'care-team.add',
          resourceType: 'care-team',
          resourceId: userId,
          check: canManageCareTeam,
        },
        async ({ trx, patient, principal, at }) => {
          await requireFacilityClinician(trx, patient, userId);
          await addCareTeamMember(trx, {
            patientId: patient.id,
            clinicianUserId: userId,
            addedBy: principal.userId,
            at,
          });
          return careTeamView(trx, patient.id);
        },
      );
    },
  );
}
