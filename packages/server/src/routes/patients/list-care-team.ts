import { ZApiError, ZIdParams, ZListCareTeamQuery, ZListCareTeamResponse } from '@kratom-care/contracts';
import { listCareTeamMembers } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { canReadPatient } from '../../access/policy.js';
import { withPatientAccess } from '../../access/with-patient-access.js';
import { listBody, pageOrBadCursor } from '../keyset-page.js';

/**
 * `GET /api/patients/:id/care-team`: the patient's care team by name and role, earliest member
 * first, for whoever may read the patient. Audited as `care-team.read`.
 *
 * @param app - The app (with a database).
 */
export function registerListCareTeam(app: App): void {
  app.get(
    '/api/patients/:id/care-team',
    {
      schema: {
        summary: "List a patient's care team",
        tags: ['patients'],
        params: ZIdParams,
        querystring: ZListCareTeamQuery,
        response: { 200: ZListCareTeamResponse, 400: ZApiError, 404: ZApiError },
      },
    },
    async (request) =>
      withPatientAccess(
        app,
        request,
        {
          patientId: request.params.id,
          action: 'care-team.read',
          resourceType: 'care-team',
          check: canReadPatient,
          mode: 'read',
        },
        async ({ trx, patient }) =>
          listBody(await pageOrBadCursor(listCareTeamMembers(trx, patient, request.query)), (member) => member),
      ),
  );
}
