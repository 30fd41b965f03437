import { randomUUID } from 'node:crypto';
import {
  ZApiError,
  ZIdParams,
  ZPlanRequest,
  ZPlanVersion,
  type TPlanBody,
  type TPlanVersion,
} from '@kratom-care/contracts';
import { createClinicalRecord, updateClinicalRecord } from '@kratom-care/store';
import type { App } from '../../../app-types.js';
import { canWriteClinical } from '../../../access/policy.js';
import { withPatientAccess } from '../../../access/with-patient-access.js';
import { AppError } from '../../../errors.js';
import { invalidBody } from '../../../records/record-view.js';
import { createOnce, idempotencyKey } from '../../idempotency.js';
import { ifMatchVersion, setEtag, staleError } from '../patient-view.js';
import { currentPlanRecord, PLAN_TYPE, PLAN_VERSIONS_TYPE, resolveStaff, type TStoredPlan } from './plan-store.js';

const PATH = '/api/patients/:id/plan';

/**
 * `POST /api/patients/:id/plan`: saves the whole plan as its next revision. The first save needs no
 * `If-Match`; every later one needs the revision it was based on (428 without, 412 when another
 * clinician saved since), checked again in the conditional update so two saves cannot both win.
 * Every revision is kept (`GET …/plan/versions`). The responsible staff must be clinicians of the
 * patient's facility (400 naming the field). `Idempotency-Key` required; clinicians with access
 * only; one audit row. Decision 0025.
 *
 * @param app - The app (with a database).
 */
export function registerPostPlan(app: App): void {
  app.post(
    PATH,
    {
      schema: {
        summary: 'Save a new revision of the treatment plan',
        tags: ['records'],
        params: ZIdParams,
        body: ZPlanRequest,
        response: {
          201: ZPlanVersion,
          400: ZApiError,
          404: ZApiError,
          409: ZApiError,
          412: ZApiError,
          422: ZApiError,
          428: ZApiError,
        },
      },
    },
    async (request, reply) => {
      const key = idempotencyKey(request);
      const version = await withPatientAccess(
        app,
        request,
        {
          patientId: request.params.id,
          action: 'plan.create',
          resourceType: 'treatment-plan',
          check: canWriteClinical,
        },
        async ({ trx, patient, principal, at }) => {
          const scope = {
            userId: principal.userId,
            key,
            route: `POST ${PATH} ${request.params.id}`,
            body: request.body,
          };
          const { value } = await createOnce(trx, { ...scope, statusCode: 201 }, async (): Promise<TPlanVersion> => {
            const plan: TPlanBody = request.body;
            const { staff, issues } = await resolveStaff(trx, plan, patient.facilityId, at);
            if (issues.length > 0) {
              throw invalidBody(issues);
            }
            const current = await currentPlanRecord(trx, patient.id);
            let revision = 1;
            const header = request.headers['if-match'];
            if (current === undefined) {
              if (header !== undefined) {
                // A save based on a revision that does not exist.
                throw staleError();
              }
            } else {
              const expectedVersion = ifMatchVersion(header);
              revision = expectedVersion + 1;
              const stored: TStoredPlan = { ...plan, revision, staff };
              const result = await updateClinicalRecord(trx, {
                patientId: patient.id,
                type: PLAN_TYPE,
                id: current.id,
                expectedVersion,
                body: stored,
                recordedAt: at,
                at,
              });
              if (typeof result === 'string') {
                throw result === 'stale' ? staleError() : new AppError('CONFLICT', 'The plan cannot be changed');
              }
            }
            const stored: TStoredPlan = { ...plan, revision, staff };
            if (current === undefined) {
              await createClinicalRecord(trx, {
                id: randomUUID(),
                patientId: patient.id,
                type: PLAN_TYPE,
                recordedAt: at,
                recordedBy: principal.userId,
                body: stored,
                at,
              });
            }
            const record = await createClinicalRecord(trx, {
              id: randomUUID(),
              patientId: patient.id,
              type: PLAN_VERSIONS_TYPE,
              recordedAt: at,
              recordedBy: principal.userId,
              body: stored,
              at,
            });
            return {
              ...stored,
              id: record.id,
              patientId: patient.id,
              savedAt: at,
              savedBy: principal.userId,
              savedByName: principal.name,
            };
          });
          return value;
        },
      );
      setEtag(reply, version.revision);
      return reply.code(201).send(version);
    },
  );
}
