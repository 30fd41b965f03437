import {
  COUNSELLING_NOTES,
  NOTE_ADDENDA,
  NOTES,
  type TCounsellingNote,
  type TNoteAddendum,
  type TProgressNote,
} from '@kratom-care/contracts';
import type { ResponseSchema } from '../../api/response-check';
import type { RecordList } from '../chart/record-lists';

/*
 * The reads and answers of the Care, Plan and Notes tabs, typed by the contracts' schemas. A record
 * type's declaration builds its schemas generically, so their static type is widened here to the record
 * shapes those same schemas check at run time.
 */

/**
 * @param patientId - The patient.
 * @returns The paths of the patient's care-intensity, plan and notes resources.
 */
export function carePaths(patientId: string) {
  const base = `/api/patients/${encodeURIComponent(patientId)}`;
  return {
    careIntensity: `${base}/care-intensity`,
    plan: `${base}/plan`,
    planVersions: `${base}/plan/versions`,
    patientPlan: `${base}/plan/patient-view`,
    notes: `${base}/notes`,
    addenda: (noteId: string) => `${base}/notes/${encodeURIComponent(noteId)}/addenda`,
    noteEnteredInError: (noteId: string) => `${base}/notes/${encodeURIComponent(noteId)}/entered-in-error`,
    counsellingNotes: `${base}/counselling-notes`,
  };
}

/** The clinicians of a facility (the plan's responsible staff are chosen from them). */
export const facilityCliniciansPath = (facilityId: string): string =>
  `/api/facilities/${encodeURIComponent(facilityId)}/clinicians`;

export const NOTES_LIST = NOTES.listResponse as unknown as ResponseSchema<RecordList<TProgressNote>>;
export const NOTE_RECORD = NOTES.response as unknown as ResponseSchema<TProgressNote>;
export const ADDENDA_LIST = NOTE_ADDENDA.listResponse as unknown as ResponseSchema<RecordList<TNoteAddendum>>;
export const ADDENDUM_RECORD = NOTE_ADDENDA.response as unknown as ResponseSchema<TNoteAddendum>;
export const COUNSELLING_LIST = COUNSELLING_NOTES.listResponse as unknown as ResponseSchema<
  RecordList<TCounsellingNote>
>;
export const COUNSELLING_RECORD = COUNSELLING_NOTES.response as unknown as ResponseSchema<TCounsellingNote>;
