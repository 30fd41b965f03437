import { ZApiError, ZListPatientsQuery, ZListPatientsResponse } from '@kratom-care/contracts';
import { listVisiblePatients } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { patientListScope } from '../../access/policy.js';
import { requireAuthenticated } from '../../auth/index.js';
import { auditAccess } from '../../audit/audit-access.js';
import { listBody, pageOrBadCursor } from '../keyset-page.js';
import { patientView } from './patient-view.js';

/**
 * `GET /api/patients?q=&sort=&order=&limit=&cursor=`: "My patients", only the patients the policy
 * lets the caller see (the filter runs in SQL), searched by name, keyset paged. Audited as
 * `patient.list`.
 *
 * @param app - The app (with a database).
 */
export function registerListPatients(app: App): void {
  app.get(
    '/api/patients',
    {
      schema: {
        summary: 'List visible patients',
        tags: ['patients'],
        querystring: ZListPatientsQuery,
        response: { 200: ZListPatientsResponse, 400: ZApiError },
      },
    },
    async (request) => {
      const principal = requireAuthenticated(request);
      const at = app.identity.clock().toISOString();
      return app.identity.db.transaction().execute(async (trx) => {
        const page = await pageOrBadCursor(listVisiblePatients(trx, patientListScope(principal, at), request.query));
        await auditAccess(trx, request, principal, {
          action: 'patient.list',
          resourceType: 'patient',
          outcome: 'allowed',
          at,
        });
        return listBody(page, patientView);
      });
    },
  );
}
