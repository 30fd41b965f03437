import {
  ZDiagnosisDecisionResponse,
  ZIntakeResponse,
  ZListIntakeResponse,
  ZProblemListResponse,
  type TDiagnosisDecision,
  type TIntake,
  type TProblemListResponse,
} from '@kratom-care/contracts';
import type { ResponseSchema } from '../../../api/response-check';
import type { RecordList } from '../record-lists';

// A record type's declaration builds its schemas generically (contracts/src/records/define-record-type.ts),
// so their static type is a plain object; these are the shapes those same schemas check at run time.
export const INTAKE_LIST = ZListIntakeResponse as unknown as ResponseSchema<RecordList<TIntake>>;
export const INTAKE_RECORD = ZIntakeResponse as unknown as ResponseSchema<TIntake>;
export const DIAGNOSIS_DECISION_RECORD = ZDiagnosisDecisionResponse as unknown as ResponseSchema<TDiagnosisDecision>;
export const PROBLEM_LIST: ResponseSchema<TProblemListResponse> = ZProblemListResponse;

/**
 * @param patientId - The patient.
 * @returns The paths of the intake tab's reads, for building requests and refreshing them after a save.
 */
export function intakePaths(patientId: string) {
  const base = `/api/patients/${encodeURIComponent(patientId)}`;
  return {
    intake: `${base}/intake`,
    problemList: `${base}/problem-list`,
    decisions: `${base}/diagnosis-decisions`,
    assessments: `${base}/assessments`,
    decisionSupport: `${base}/decision-support`,
  };
}
