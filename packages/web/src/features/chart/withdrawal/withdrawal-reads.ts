import {
  ZAssessmentResponse,
  ZListIntakeResponse,
  ZPatientMonitoringResponse,
  type TAssessment,
  type TIntake,
  type TPatientMonitoringResponse,
} from '@kratom-care/contracts';
import type { ResponseSchema } from '../../../api/response-check';
import type { RecordList } from '../record-lists';

/** One assessment as a create answers it (the declaration builds the schema generically; this is its shape). */
export const ASSESSMENT_RECORD = ZAssessmentResponse as unknown as ResponseSchema<TAssessment>;

/**
 * The patient's stored monitoring summary: the next score's due time and rule as the monitoring board
 * shows them, computed on the server with the deployment's settings (decision 0036).
 */
export const PATIENT_MONITORING: ResponseSchema<TPatientMonitoringResponse> = ZPatientMonitoringResponse;

/**
 * @param patientBase - `/api/patients/:id`.
 * @returns The path of the patient's monitoring summary; every write that moves the due time refreshes it.
 */
export function monitoringPath(patientBase: string): string {
  return `${patientBase}/monitoring`;
}

/** The intake list (newest first): the tab reads the current record's `kratom.lastDoseAt`. */
export const INTAKE_LIST = ZListIntakeResponse as unknown as ResponseSchema<RecordList<TIntake>>;

/**
 * The last kratom dose of the current intake: the newest record not entered in error (the list is newest
 * first), its `kratom.lastDoseAt`.
 *
 * @param list - The intake list, newest first.
 * @returns The ISO time, or null when no current intake records one.
 */
export function lastDoseOf(list: RecordList<TIntake> | undefined): string | null {
  const current = list?.items.find((item) => item.status !== 'entered-in-error');
  return current?.kratom.lastDoseAt ?? null;
}
