import {
  LIVER_FINDINGS,
  ZLabResponse,
  ZListLabsResponse,
  ZLiverAssessmentResponse,
  type TLab,
  type TLiverAssessmentResponse,
  type TLiverFindings,
} from '@kratom-care/contracts';
import type { ResponseSchema } from '../../api/response-check';
import type { RecordList } from '../chart/record-lists';

// The declarations build their schemas generically, so their static type is a plain object; these are the
// record shapes the same schemas check at run time.
export const LAB_LIST = ZListLabsResponse as unknown as ResponseSchema<RecordList<TLab>>;
export const LAB_RECORD = ZLabResponse as unknown as ResponseSchema<TLab>;
export const LIVER_FINDINGS_RECORD = LIVER_FINDINGS.response as unknown as ResponseSchema<TLiverFindings>;
export const LIVER_FINDINGS_LIST = LIVER_FINDINGS.listResponse as unknown as ResponseSchema<RecordList<TLiverFindings>>;
export const LIVER = ZLiverAssessmentResponse as unknown as ResponseSchema<TLiverAssessmentResponse>;

/**
 * @param patientId - The patient.
 * @returns The paths the Labs tab reads and writes.
 */
export function labPaths(patientId: string) {
  const base = `/api/patients/${encodeURIComponent(patientId)}`;
  return { labs: `${base}/labs`, liver: `${base}/liver`, findings: `${base}/liver-findings` };
}
