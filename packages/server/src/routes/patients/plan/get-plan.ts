import {
  ZApiError,
  ZIdParams,
  ZPatientPlanResponse,
  ZPlanResponse,
  ZPlanVersionsQuery,
  ZPlanVersionsResponse,
  toPatientPlan,
} from '@kratom-care/contracts';
import type { App } from '../../../app-types.js';
import { canReadPatient, canWriteClinical, DENY } from '../../../access/policy.js';
import { withPatientAccess } from '../../../access/with-patient-access.js';
import { setEtag } from '../patient-view.js';
import { listBody, pageOrBadCursor } from '../../keyset-page.js';
import { currentPlanVersion, listPlanVersions, planVersionView } from './plan-store.js';

/**
 * `GET /api/patients/:id/plan`: the current revision of the treatment plan (`plan: null` before the
 * first save), with its revision as the `ETag` to send back in `If-Match`. Clinicians with access.
 *
 * @param app - The app (with a database).
 */
export function registerGetPlan(app: App): void {
  app.get(
    '/api/patients/:id/plan',
    {
      schema: {
        summary: "A patient's current treatment plan (clinicians)",
        tags: ['records'],
        params: ZIdParams,
        response: { 200: ZPlanResponse, 404: ZApiError },
      },
    },
    async (request, reply) => {
      const plan = await withPatientAccess(
        app,
        request,
        {
          patientId: request.params.id,
          action: 'plan.read',
          resourceType: 'treatment-plan',
          check: canWriteClinical,
          mode: 'read',
        },
        async ({ trx, patient }) => (await currentPlanVersion(trx, patient.id)) ?? null,
      );
      if (plan !== null) {
        setEtag(reply, plan.revision);
      }
      return { plan };
    },
  );
}

/**
 * `GET /api/patients/:id/plan/versions`: every revision of the plan, newest first, in keyset pages.
 * Clinicians with access.
 *
 * @param app - The app (with a database).
 */
export function registerListPlanVersions(app: App): void {
  app.get(
    '/api/patients/:id/plan/versions',
    {
      schema: {
        summary: "The revisions of a patient's treatment plan (clinicians)",
        tags: ['records'],
        params: ZIdParams,
        querystring: ZPlanVersionsQuery,
        response: { 200: ZPlanVersionsResponse, 400: ZApiError, 404: ZApiError },
      },
    },
    async (request) =>
      withPatientAccess(
        app,
        request,
        {
          patientId: request.params.id,
          action: 'plan.versions',
          resourceType: 'treatment-plan',
          check: canWriteClinical,
          mode: 'read',
        },
        async ({ trx, patient }) => {
          const { limit, cursor } = request.query;
          const page = await pageOrBadCursor(listPlanVersions(trx, { patientId: patient.id, limit, cursor }));
          return listBody(page, planVersionView);
        },
      ),
  );
}

/**
 * `GET /api/patients/:id/plan/patient-view`: the parts of the current plan meant for the patient
 * (items marked `patientFacing`, the staff, the review date, the note to the patient). The patient
 * reads their own; their clinicians read it to see what the patient sees. Family members do not
 * (the plan is not a consent category): 404, like everyone else.
 *
 * @param app - The app (with a database).
 */
export function registerGetPatientPlan(app: App): void {
  app.get(
    '/api/patients/:id/plan/patient-view',
    {
      schema: {
        summary: 'The parts of the treatment plan meant for the patient',
        tags: ['records'],
        params: ZIdParams,
        response: { 200: ZPatientPlanResponse, 404: ZApiError },
      },
    },
    async (request) =>
      withPatientAccess(
        app,
        request,
        {
          patientId: request.params.id,
          action: 'plan.read',
          resourceType: 'treatment-plan-patient-view',
          // The patient and their clinicians (never admissions staff, who read demographics only).
          check: (principal, patient, facts) => {
            const decision = canReadPatient(principal, patient, facts);
            return decision.allowed && decision.via === 'facility-role' ? DENY : decision;
          },
          mode: 'read',
        },
        async ({ trx, patient }) => {
          const current = await currentPlanVersion(trx, patient.id);
          return { plan: current === undefined ? null : toPatientPlan(current) };
        },
      ),
  );
}
