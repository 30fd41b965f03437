import { ZApiError, ZBreakGlassReviewRequest, ZBreakGlassReviewResponse, ZIdParams } from '@kratom-care/contracts';
import { getBreakGlassGrant, reviewBreakGlass } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { auditFacilities } from '../../access/policy.js';
import { notFound } from '../../access/with-patient-access.js';
import { requireAuthenticated } from '../../auth/index.js';
import { AppError } from '../../errors.js';
import { breakGlassView } from './break-glass-view.js';

/**
 * `POST /api/audit/break-glass/:id/review`: the privacy officer of the grant's facility records
 * their review. Grants of other facilities are "not found".
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
      const db = app.identity.db;
      const grant = await getBreakGlassGrant(db, request.params.id);
      if (grant === undefined || !facilities.includes(grant.facilityId)) {
        throw notFound();
      }
      const at = app.identity.clock().toISOString();
      const reviewed = await reviewBreakGlass(db, request.params.id, {
        reviewedBy: principal.userId,
        note: request.body.note,
        at,
      });
      if (reviewed === 'not-found') {
        throw notFound();
      }
      if (reviewed === 'already-reviewed') {
        throw new AppError('CONFLICT', 'This access was already reviewed');
      }
      return breakGlassView({ ...grant, ...reviewed });
    },
  );
}
