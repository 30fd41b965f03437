import {
  ASSESSMENTS,
  DIAGNOSIS_DECISIONS,
  INTAKE,
  LABS,
  toStoredLab,
  ZApiError,
  ZIdParams,
  ZProblemListResponse,
  type TDiagnosisDecisionBody,
  type TIntakeBody,
  type TLabBody,
  type TProblemListResponse,
} from '@kratom-care/contracts';
import { assessLiver, deriveProblemList } from '@kratom-care/domain';
import { listPanelRecords } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { canWriteClinical } from '../../access/policy.js';
import { withPatientAccess } from '../../access/with-patient-access.js';
import { decisionIsCurrent, icd10Of, latestScores, problemFacts, redFlagsOf } from './problem-list-input.js';

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
        async (access) => {
          const patientId = access.patient.id;
          const [intakes, assessments, labs, decisions] = await Promise.all([
            listPanelRecords(access.trx, { patientId, types: [INTAKE.name] }),
            listPanelRecords(access.trx, { patientId, types: [ASSESSMENTS.name] }),
            listPanelRecords(access.trx, { patientId, types: [LABS.name] }),
            listPanelRecords(access.trx, { patientId, types: [DIAGNOSIS_DECISIONS.name] }),
          ]);
          // Newest first from the store: the first of each is the current one.
          const intake = intakes[0];
          const intakeBody = intake?.body as TIntakeBody | undefined;
          const scores = latestScores(assessments);
          const nowMs = Date.parse(access.at);
          const liver =
            labs.length === 0
              ? undefined
              : assessLiver(
                  labs.map((record) => toStoredLab(record.id, record.body as TLabBody)),
                  nowMs,
                );
          const icd10 = icd10Of(intakeBody, scores.kud);
          const latest = decisions[0];
          const decisionBody = latest?.body as TDiagnosisDecisionBody | undefined;
          const decision =
            latest === undefined || decisionBody === undefined
              ? null
              : {
                  id: latest.id,
                  action: decisionBody.action,
                  suggestedCode: decisionBody.suggestedCode,
                  finalCode: decisionBody.finalCode,
                  rationale: decisionBody.rationale,
                  decidedAt: latest.recordedAt,
                  current: decisionIsCurrent(decisionBody, icd10.status === 'suggested' ? icd10.code : null),
                };
          const missing = [
            ...(intake === undefined ? (['intake'] as const) : []),
            ...(scores.kud === undefined ? (['dsm5-kud'] as const) : []),
            ...(scores.phq9 === undefined ? (['phq9'] as const) : []),
            ...(scores.gad7 === undefined ? (['gad7'] as const) : []),
          ];
          return {
            at: access.at,
            intakeId: intake?.id ?? null,
            redFlags: redFlagsOf(intake, scores.phq9),
            problems: deriveProblemList(problemFacts(intakeBody, scores, liver)).map((problem) => ({
              ...problem,
              inputs: { ...problem.inputs },
            })),
            icd10,
            decision,
            confirmedCode: decision?.current === true ? decision.finalCode : null,
            notRecorded: missing,
            basis: [intake, scores.kud, scores.phq9, scores.gad7, scores.cows, latest].flatMap((record) =>
              record === undefined ? [] : [record.id],
            ),
          };
        },
      ),
  );
}
