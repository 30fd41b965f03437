import { ZApiError, ZListPatientsQuery, ZListPatientsResponse } from '@kratom-care/contracts';
import { listVisiblePatients } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { patientListScope } from '../../access/policy.js';
import { requireAuthenticated } from '../../auth/index.js';
import { auditAccess } from '../../audit/audit-access.js';
import { patientView } from './patient-view.js';

/**
 * `GET /api/patients`: only the patients the policy lets the caller see. The filter runs in SQL for
 * the rows and the total alike, so hidden patients are never counted. Audited as `patient.list`.
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
      const { sort, order, limit, offset } = request.query;
      return app.identity.db.transaction().execute(async (trx) => {
        const page = await listVisiblePatients(trx, patientListScope(principal, at), { sort, order, limit, offset });
        await auditAccess(trx, request, principal, {
          action: 'patient.list',
          resourceType: 'patient',
          outcome: 'allowed',
          at,
        });
        const next = offset + page.rows.length;
        return {
          items: page.rows.map(patientView),
          total: page.total,
          nextCursor: next < page.total ? String(next) : null,
        };
      });
    },
  );
}
