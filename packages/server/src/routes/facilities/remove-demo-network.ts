import { ZApiError, ZRemoveDemoNetworkResponse } from '@kratom-care/contracts';
import { deleteDemoNetwork, type AuditOutcome, type Executor } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { facilitiesWithRole } from '../../access/policy.js';
import { notFound } from '../../access/with-patient-access.js';
import { requireAuthenticated } from '../../auth/index.js';
import { auditAccess } from '../../audit/audit-access.js';

/**
 * `DELETE /api/facilities/demo`: an admin removes the fictional demo network (every facility marked demo,
 * with its programmes). A demo facility something refers to (a membership, a patient, a call-back
 * request) is kept and counted in `kept`. Writes one audit row (`network.demo.remove`); others get 404.
 *
 * @param app - The app (with a database).
 */
export function registerRemoveDemoNetwork(app: App): void {
  app.delete(
    '/api/facilities/demo',
    {
      schema: {
        summary: 'Remove the demo network',
        tags: ['facilities'],
        response: { 200: ZRemoveDemoNetworkResponse, 404: ZApiError },
      },
    },
    async (request) => {
      const principal = requireAuthenticated(request);
      const db = app.identity.db;
      const at = app.identity.clock().toISOString();
      const audit = (executor: Executor, outcome: AuditOutcome, reason: string | null): Promise<void> =>
        auditAccess(executor, request, principal, {
          action: 'network.demo.remove',
          resourceType: 'facility',
          outcome,
          reason,
          at,
        });
      if (facilitiesWithRole(principal, 'admin').length === 0) {
        await audit(db, 'denied', null);
        throw notFound();
      }
      return db.transaction().execute(async (trx) => {
        const result = await deleteDemoNetwork(trx);
        await audit(trx, 'allowed', `${result.removed} removed, ${result.kept.length} kept (in use)`);
        return { removed: result.removed, kept: result.kept.length };
      });
    },
  );
}
