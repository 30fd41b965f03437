import {
  ASSESSMENTS,
  DIAGNOSIS_DECISIONS,
  INTAKE,
  LABS,
  toStoredLab,
  type TDiagnosisDecisionBody,
  type TIntakeBody,
  type TLabBody,
  type TProblemListResponse,
} from '@kratom-care/contracts';
import { assessLiver, deriveProblemList } from '@kratom-care/domain';
import { listPanelRecords, type Executor } from '@kratom-care/store';
import { decisionIsCurrent, icd10Of, latestScores, problemFacts, redFlagsOf } from './problem-list-input.js';

/**
 * The problem list of a patient at `at` (red flags, suggested problems, the ICD-10-CM suggestion and
 * the clinician's latest decision), read from the current intake, assessments, labs and diagnosis
 * decisions: four indexed queries. One reading for `GET …/problem-list` and the hand-off summary.
 *
 * @param executor - The request's database handle or transaction (access already decided).
 * @param patientId - The patient.
 * @param at - The request's time.
 * @returns The problem list.
 * @see Clinical reference §4, §5, §8, §11 (the rules live in packages/domain/src/intake); decision 0023
 */
export async function readProblemList(
  executor: Executor,
  patientId: string,
  at: string,
): Promise<TProblemListResponse> {
  const [intakes, assessments, labs, decisions] = await Promise.all([
    listPanelRecords(executor, { patientId, types: [INTAKE.name] }),
    listPanelRecords(executor, { patientId, types: [ASSESSMENTS.name] }),
    listPanelRecords(executor, { patientId, types: [LABS.name] }),
    listPanelRecords(executor, { patientId, types: [DIAGNOSIS_DECISIONS.name] }),
  ]);
  // Newest first from the store: the first of each is the current one.
  const intake = intakes[0];
  const intakeBody = intake?.body as TIntakeBody | undefined;
  const scores = latestScores(assessments);
  const nowMs = Date.parse(at);
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
    at: at,
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
}
