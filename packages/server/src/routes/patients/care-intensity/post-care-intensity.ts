import { randomUUID } from 'node:crypto';
import {
  CARE_INTENSITY_DECISIONS_TYPE,
  ZApiError,
  ZCareIntensityDecision,
  ZCareIntensityDecisionRequest,
  ZIdParams,
  type TCareIntensityDecision,
} from '@kratom-care/contracts';
import { createClinicalRecord } from '@kratom-care/store';
import type { App } from '../../../app-types.js';
import { canWriteClinical } from '../../../access/policy.js';
import { withPatientAccess } from '../../../access/with-patient-access.js';
import { AppError } from '../../../errors.js';
import { createOnce, idempotencyKey } from '../../idempotency.js';
import { refreshMonitoringAfterWrite } from '../../../monitoring/monitoring-hook.js';
import { invalidBody } from '../../../records/record-view.js';
import { readCareIntensity } from './care-intensity-read.js';
import { decisionBody } from './decide-care-intensity.js';

const PATH = '/api/patients/:id/care-intensity';

/**
 * `POST /api/patients/:id/care-intensity`: records the clinician's decision on the suggestion that
 * stands now: accept it, or override it with another level and a rationale (400 naming the field,
 * nothing stored). `suggestedLevel` must be the suggestion the clinician saw: if the chart changed
 * since, 409 and nothing stored. Stored append-only as a `care-intensity-decisions` record with the
 * inputs it rested on; `Idempotency-Key` required; clinicians with access only; one audit row.
 *
 * @param app - The app (with a database).
 * @see Clinical reference §0 rule 5 and §10; issue 10 §6
 */
export function registerPostCareIntensity(app: App): void {
  app.post(
    PATH,
    {
      schema: {
        summary: 'Record the clinician’s care-intensity decision (accept or override with a rationale)',
        tags: ['records'],
        params: ZIdParams,
        body: ZCareIntensityDecisionRequest,
        response: { 201: ZCareIntensityDecision, 400: ZApiError, 404: ZApiError, 409: ZApiError, 422: ZApiError },
      },
    },
    async (request, reply) => {
      const key = idempotencyKey(request);
      const view = await withPatientAccess(
        app,
        request,
        {
          patientId: request.params.id,
          action: 'care-intensity.decide',
          resourceType: 'care-intensity-decision',
          check: canWriteClinical,
        },
        async ({ trx, patient, principal, at }) => {
          const scope = {
            userId: principal.userId,
            key,
            route: `POST ${PATH} ${request.params.id}`,
            body: request.body,
          };
          const { value } = await createOnce(trx, { ...scope, statusCode: 201 }, async () => {
            const read = await readCareIntensity(trx, patient.id);
            const checked = decisionBody(read, request.body);
            if (!checked.ok) {
              throw invalidBody(checked.issues);
            }
            if (request.body.suggestedLevel !== read.response.level) {
              throw new AppError('CONFLICT', 'The suggestion changed since you saw it. Review it again.', [
                { path: ['suggestedLevel'], message: `The suggestion is now ${read.response.level ?? 'none'}` },
              ]);
            }
            const record = await createClinicalRecord(trx, {
              id: randomUUID(),
              patientId: patient.id,
              type: CARE_INTENSITY_DECISIONS_TYPE,
              recordedAt: at,
              recordedBy: principal.userId,
              body: checked.body,
              at,
            });
            // The dashboard's care intensity, in the same transaction (decision 0024).
            await refreshMonitoringAfterWrite(
              trx,
              { name: CARE_INTENSITY_DECISIONS_TYPE },
              patient.id,
              at,
              app.monitoringSettings,
            );
            const decision: TCareIntensityDecision = {
              ...checked.body,
              id: record.id,
              decidedAt: record.recordedAt,
              decidedBy: record.recordedBy,
              decidedByName: principal.name,
            };
            return decision;
          });
          return value;
        },
      );
      return reply.code(201).send(view);
    },
  );
}
