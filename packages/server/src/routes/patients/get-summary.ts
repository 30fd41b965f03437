import { ZApiError, ZHandoffSummary, ZIdParams, type THandoffSummary } from '@kratom-care/contracts';
import type { App } from '../../app-types.js';
import { canWriteClinical } from '../../access/policy.js';
import { withPatientAccess } from '../../access/with-patient-access.js';
import { assembleHandoffSummary, EVERY_CATEGORY } from './handoff-summary.js';

/**
 * `GET /api/patients/:id/summary`: the hand-off summary for a referral (issue 10 §9): active
 * medications, the latest score of each instrument, the latest labs and the liver assessment, the
 * problem list and plan sections, with the 42 CFR §2.32 redisclosure notice. The care team's own
 * copy: clinicians with access only (the writers of clinical records), 404 for everyone else, one
 * audit row `summary.read`. Sending it to an outside provider is `POST …/summary/disclosures`.
 *
 * @param app - The app (with a database).
 * @see docs/decisions/0028-handoff-summary.md
 */
export function registerGetSummary(app: App): void {
  app.get(
    '/api/patients/:id/summary',
    {
      schema: {
        summary: "A patient's hand-off summary (clinicians)",
        tags: ['records'],
        params: ZIdParams,
        response: { 200: ZHandoffSummary, 404: ZApiError },
      },
    },
    async (request): Promise<THandoffSummary> =>
      withPatientAccess(
        app,
        request,
        {
          patientId: request.params.id,
          action: 'summary.read',
          resourceType: 'handoff-summary',
          check: canWriteClinical,
          mode: 'read',
        },
        async (access) => assembleHandoffSummary(access.trx, access.patient, access.at, EVERY_CATEGORY),
      ),
  );
}
