import { getPatientByUserId } from '@kratom-care/store';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { canReadOwnRecord } from '../../access/policy.js';
import { notFound, withPatientAccess, type PatientAccess } from '../../access/with-patient-access.js';
import { requireAuthenticated } from '../../auth/index.js';
import { auditAccess } from '../../audit/audit-access.js';

/**
 * Runs a `/api/me/*` request on the caller's own patient record, audited like any patient access.
 * A caller with no patient record gets the usual 404, audited as `not-found`.
 *
 * @param app - The app.
 * @param request - The request.
 * @param audit - Action and resource type for the audit row.
 * @param work - The handler body.
 * @returns What `work` returned.
 */
export async function withOwnRecord<T>(
  app: FastifyInstance,
  request: FastifyRequest,
  audit: { action: string; resourceType: string; resourceId?: string },
  work: (access: PatientAccess) => Promise<T>,
): Promise<T> {
  const principal = requireAuthenticated(request);
  const own = await getPatientByUserId(app.identity.db, principal.userId);
  if (own === undefined) {
    const at = app.identity.clock().toISOString();
    await auditAccess(app.identity.db, request, principal, { ...audit, outcome: 'not-found', at });
    throw notFound();
  }
  return withPatientAccess(app, request, { patientId: own.id, ...audit, check: canReadOwnRecord }, work);
}
