import { randomUUID } from 'node:crypto';
import {
  SCORE_REQUEST_SCHEMAS,
  toApiIssues,
  ZApiError,
  ZAssessmentResponse,
  ZCreateAssessmentRequest,
  ZIdParams,
  type TAssessment,
  type TCreateAssessmentRequest,
} from '@kratom-care/contracts';
import { INSTRUMENTS, type ScoringContext } from '@kratom-care/domain';
import { createAssessment } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { canWriteClinical } from '../../access/policy.js';
import { withPatientAccess } from '../../access/with-patient-access.js';
import { AppError } from '../../errors.js';
import { assessmentView } from './assessment-view.js';
import { findReplay, idempotencyKey, storeReplay } from './idempotency.js';

const ROUTE = 'POST /api/patients/:id/assessments';

function invalid(issues: AppError['issues']): AppError {
  return new AppError('INVALID_BODY', 'The body is not valid', issues);
}

/** Validates with the scoring API's per-instrument schema and scores with the domain. */
function scored(body: TCreateAssessmentRequest) {
  const parsed = SCORE_REQUEST_SCHEMAS[body.instrumentId].safeParse({ answers: body.answers, context: body.context });
  if (!parsed.success) {
    throw invalid(toApiIssues(parsed.error.issues));
  }
  const supervised = parsed.data.context?.underMedicalSupervision;
  const context: ScoringContext = supervised === undefined ? {} : { underMedicalSupervision: supervised };
  const result = INSTRUMENTS[body.instrumentId].score(parsed.data.answers, context);
  if (result.status !== 'complete') {
    throw invalid([{ path: ['answers'], message: 'Answer every item with one of its options' }]);
  }
  return { answers: parsed.data.answers, result };
}

/**
 * `POST /api/patients/:id/assessments`: a clinician with access records a scored instrument (raw
 * answers, total, band, version). Needs an `Idempotency-Key`.
 *
 * @param app - The app (with a database).
 */
export function registerCreateAssessment(app: App): void {
  app.post(
    '/api/patients/:id/assessments',
    {
      schema: {
        summary: 'Record an assessment',
        tags: ['patients'],
        params: ZIdParams,
        body: ZCreateAssessmentRequest,
        response: { 201: ZAssessmentResponse, 400: ZApiError, 404: ZApiError, 422: ZApiError },
      },
    },
    async (request, reply) => {
      const key = idempotencyKey(request);
      const body = request.body;
      const { answers, result } = scored(body);
      const route = `${ROUTE} ${request.params.id}`;
      const view = await withPatientAccess(
        app,
        request,
        {
          patientId: request.params.id,
          action: 'assessment.create',
          resourceType: 'assessment',
          check: canWriteClinical,
        },
        async ({ trx, patient, principal, at }): Promise<TAssessment> => {
          const replay = await findReplay(trx, { userId: principal.userId, key, route, body });
          if (replay !== undefined) {
            return replay.body as TAssessment;
          }
          const id = randomUUID();
          const record = {
            id,
            patientId: patient.id,
            instrumentId: body.instrumentId,
            instrumentVersion: result.version,
            answers,
            total: result.total,
            bandId: result.band?.id ?? null,
            flags: [...result.flags],
            recordedBy: principal.userId,
            recordedAt: at,
            createdAt: at,
          };
          const response = assessmentView(record);
          await storeReplay(trx, { userId: principal.userId, key, route, body, statusCode: 201, response });
          await createAssessment(trx, record);
          return response;
        },
      );
      return reply.code(201).send(view);
    },
  );
}
