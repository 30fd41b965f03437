import { ZApiError, ZBreakGlassRequest, ZBreakGlassResponse, ZIdParams } from '@kratom-care/contracts';
import { startBreakGlass } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { canBreakGlass } from '../../access/policy.js';
import { withPatientAccess } from '../../access/with-patient-access.js';
import { requireAuthenticated } from '../../auth/index.js';
import { AppError } from '../../errors.js';
import { createOnce, IDEMPOTENT_RESPONSES, idempotencyKey } from '../idempotency.js';

/** Break-glass access lasts one hour (issue 3 §5). */
export const BREAK_GLASS_MS = 60 * 60 * 1000;

/**
 * `POST /api/patients/:id/break-glass`: a clinician of the patient's facility, not on the care
 * team, opens the record for 60 minutes by stating a reason. The audit row carries break_glass=1
 * and the reason; the grant waits in the privacy officer's review queue. Needs an
 * `Idempotency-Key`: a retried request opens one grant.
 *
 * @param app - The app (with a database).
 */
export function registerBreakGlass(app: App): void {
  app.post(
    '/api/patients/:id/break-glass',
    {
      schema: {
        summary: 'Emergency access to a patient',
        tags: ['patients'],
        params: ZIdParams,
        body: ZBreakGlassRequest,
        response: { 201: ZBreakGlassResponse, 404: ZApiError, ...IDEMPOTENT_RESPONSES },
      },
    },
    async (request, reply) => {
      const userId = requireAuthenticated(request).userId;
      const key = idempotencyKey(request);
      const reason = request.body.reason;
      const route = `POST /api/patients/${request.params.id}/break-glass`;
      const grant = await withPatientAccess(
        app,
        request,
        {
          patientId: request.params.id,
          action: 'patient.break-glass',
          resourceType: 'break-glass',
          check: canBreakGlass,
          reason,
        },
        async ({ trx, patient, principal, facts, at }) => {
          const created = await createOnce(
            trx,
            { userId, key, route, body: request.body, statusCode: 201 },
            async () => {
              if (facts.onCareTeam) {
                throw new AppError('CONFLICT', 'You are on this care team already; no emergency access is needed');
              }
              const started = await startBreakGlass(trx, {
                userId: principal.userId,
                patientId: patient.id,
                facilityId: patient.facilityId ?? '',
                reason,
                durationMs: BREAK_GLASS_MS,
                at,
              });
              return { id: started.id, expiresAt: started.expiresAt };
            },
          );
          return created.value;
        },
      );
      return reply.code(201).send(grant);
    },
  );
}
