import { ZApiError, ZBreakGlassReviewRequest, ZBreakGlassReviewResponse, ZIdParams } from '@kratom-care/contracts';
import { getBreakGlassGrant, reviewBreakGlass } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { auditFacilities } from '../../access/policy.js';
import { notFound } from '../../access/with-patient-access.js';
import { requireAuthenticated } from '../../auth/index.js';
import { auditAccess } from '../../audit/audit-access.js';
import { AppError } from '../../errors.js';
import { breakGlassView } from './break-glass-view.js';

/**
 * `POST /api/audit/break-glass/:id/review`: the privacy officer of the grant's facility records
 * their review. Grants of other facilities are "not found". The grant names the patient, so the
 * review is audited (`break-glass.review`): allowed, denied, or not-found with the requested id.
 *
 * @param app - The app (with a database).
 */
export function registerReviewBreakGlass(app: App): void {
  app.post(
    '/api/audit/break-glass/:id/review',
    {
      schema: {
        summary: 'Review a break-glass access',
        tags: ['audit'],
        params: ZIdParams,
        body: ZBreakGlassReviewRequest,
        response: { 200: ZBreakGlassReviewResponse, 400: ZApiError, 404: ZApiError, 409: ZApiError },
      },
    },
    async (request) => {
      const principal = requireAuthenticated(request);
      const facilities = auditFacilities(principal);
      const grantId = request.params.id;
      const at = app.identity.clock().toISOString();
      const audited = { action: 'break-glass.review', resourceType: 'break-glass', resourceId: grantId, at };
      const outcome = await app.identity.db.transaction().execute(async (trx) => {
        const grant = await getBreakGlassGrant(trx, grantId);
        if (grant === undefined) {
          await auditAccess(trx, request, principal, { ...audited, outcome: 'not-found' });
          return { error: notFound() };
        }
        const row = { ...audited, patientId: grant.patientId };
        if (!facilities.includes(grant.facilityId)) {
          await auditAccess(trx, request, principal, { ...row, outcome: 'denied' });
          return { error: notFound() };
        }
        const reviewed = await reviewBreakGlass(trx, grantId, {
          reviewedBy: principal.userId,
          note: request.body.note,
          at,
        });
        if (reviewed === 'not-found') {
          await auditAccess(trx, request, principal, { ...row, outcome: 'not-found' });
          return { error: notFound() };
        }
        if (reviewed === 'already-reviewed') {
          await auditAccess(trx, request, principal, { ...row, outcome: 'denied', reason: 'CONFLICT' });
          return { error: new AppError('CONFLICT', 'This access was already reviewed') };
        }
        await auditAccess(trx, request, principal, { ...row, outcome: 'allowed' });
        return { view: breakGlassView({ ...grant, ...reviewed }) };
      });
      if ('error' in outcome) {
        throw outcome.error;
      }
      return outcome.view;
    },
  );
}
