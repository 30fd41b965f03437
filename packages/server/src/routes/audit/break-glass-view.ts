import type { DatabaseSchema } from '@kratom-care/store';

/**
 * @param row - A `break_glass` row.
 * @returns The API view.
 */
export function breakGlassView(row: DatabaseSchema['break_glass']) {
  return {
    id: row.id,
    userId: row.user_id,
    patientId: row.patient_id,
    facilityId: row.facility_id,
    reason: row.reason,
    startedAt: row.started_at,
    expiresAt: row.expires_at,
    reviewedAt: row.reviewed_at,
    reviewNote: row.review_note,
  };
}
