import { ZApiError, ZIdParams, ZProblemListResponse, type TProblemListResponse } from '@kratom-care/contracts';
import type { App } from '../../app-types.js';
import { canWriteClinical } from '../../access/policy.js';
import { withPatientAccess } from '../../access/with-patient-access.js';
import { readProblemList } from './problem-list-read.js';

/**
 * `GET /api/patients/:id/problem-list`: the red flags on record (first, for the crisis resources), the
 * suggested problem list and ICD-10-CM code from the current intake, the latest DSM-5 KUD, PHQ-9,
 * GAD-7 and COWS and the liver assessment, and the clinician's latest decision on the code. Clinicians
 * with access only, like the decision-support panel: it is a suggestion for clinician review, not a
 * diagnosis to show a patient or family. 404 for everyone else, one audit row per read.
 *
 * @param app - The app (with a database).
 * @see Clinical reference §4 (ICD-10-CM, vectors D1–D8), §5, §8, §11 (the rules live in
 *   packages/domain/src/intake); decision 0023
 */
export function registerGetProblemList(app: App): void {
  app.get(
    '/api/patients/:id/problem-list',
    {
      schema: {
        summary: 'Problem list and suggested ICD-10-CM code for a patient (clinicians)',
        tags: ['records'],
        params: ZIdParams,
        response: { 200: ZProblemListResponse, 404: ZApiError },
      },
    },
    async (request): Promise<TProblemListResponse> =>
      withPatientAccess(
        app,
        request,
        {
          patientId: request.params.id,
          action: 'problem-list.read',
          resourceType: 'problem-list',
          check: canWriteClinical,
          mode: 'read',
        },
        async (access) => readProblemList(access.trx, access.patient.id, access.at),
      ),
  );
}
