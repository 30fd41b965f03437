import {
  MEDICATION_ADMINISTRATIONS,
  MEDICATIONS,
  NALTREXONE_OVERRIDES,
  ZDecisionSupportResponse,
  type TDecisionSupportResponse,
  type TMedication,
  type TMedicationAdministration,
  type TNaltrexoneOverride,
} from '@kratom-care/contracts';
import type { ResponseSchema } from '../../api/response-check';
import type { RecordList } from '../chart/record-lists';

// The declarations build their schemas generically (contracts/src/records/define-record-type.ts), so their
// static type is a plain object; these are the record shapes those same schemas check at run time.
export const MEDICATION_LIST = MEDICATIONS.listResponse as unknown as ResponseSchema<RecordList<TMedication>>;
export const MEDICATION_RECORD = MEDICATIONS.response as unknown as ResponseSchema<TMedication>;
export const ADMINISTRATION_LIST = MEDICATION_ADMINISTRATIONS.listResponse as unknown as ResponseSchema<
  RecordList<TMedicationAdministration>
>;
export const ADMINISTRATION_RECORD =
  MEDICATION_ADMINISTRATIONS.response as unknown as ResponseSchema<TMedicationAdministration>;
export const OVERRIDE_RECORD = NALTREXONE_OVERRIDES.response as unknown as ResponseSchema<TNaltrexoneOverride>;
export const OVERRIDE_LIST = NALTREXONE_OVERRIDES.listResponse as unknown as ResponseSchema<
  RecordList<TNaltrexoneOverride>
>;
export const DECISION_SUPPORT = ZDecisionSupportResponse as ResponseSchema<TDecisionSupportResponse>;

/**
 * @param patientId - The patient.
 * @returns The paths the Medications tab reads; a change to any order or dose refreshes all of them.
 */
export function medicationPaths(patientId: string) {
  const base = `/api/patients/${encodeURIComponent(patientId)}`;
  return {
    orders: `${base}/medications`,
    order: (orderId: string) => `${base}/medications/${encodeURIComponent(orderId)}`,
    given: (orderId: string) => `${base}/medications/${encodeURIComponent(orderId)}/administrations`,
    overrides: (orderId: string) => `${base}/medications/${encodeURIComponent(orderId)}/naltrexone-overrides`,
    panel: `${base}/decision-support`,
    /** The stored next-score due time (the Withdrawal tab): orders and doses move it (decision 0036). */
    monitoring: `${base}/monitoring`,
  };
}
