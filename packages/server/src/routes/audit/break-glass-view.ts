import type { BreakGlassGrantView } from '@kratom-care/store';

/**
 * @param grant - A stored grant with the clinician's and the patient's names.
 * @returns The API view (the reviewer's id stays inside).
 */
export function breakGlassView(grant: BreakGlassGrantView) {
  return {
    id: grant.id,
    userId: grant.userId,
    userName: grant.userName,
    patientId: grant.patientId,
    patientName: grant.patientName,
    facilityId: grant.facilityId,
    reason: grant.reason,
    startedAt: grant.startedAt,
    expiresAt: grant.expiresAt,
    reviewedAt: grant.reviewedAt,
    reviewNote: grant.reviewNote,
  };
}
