import { listCareTeam, listMembershipsForUser, type Executor, type PatientRecord } from '@kratom-care/store';
import { canJoinCareTeam } from '../../access/policy.js';
import { notFound } from '../../access/with-patient-access.js';

/**
 * A care-team target must be a clinician of the patient's facility; anyone else is "not found".
 *
 * @param trx - The request's transaction.
 * @param patient - The patient.
 * @param userId - The clinician to add or remove.
 * @throws AppError NOT_FOUND otherwise.
 */
export async function requireFacilityClinician(trx: Executor, patient: PatientRecord, userId: string): Promise<void> {
  const memberships = await listMembershipsForUser(trx, userId);
  if (!canJoinCareTeam({ roles: memberships }, patient)) {
    throw notFound();
  }
}

/**
 * @param trx - The request's transaction.
 * @param patientId - The patient.
 * @returns The care-team response body.
 */
export async function careTeamView(
  trx: Executor,
  patientId: string,
): Promise<{ patientId: string; clinicianUserIds: string[] }> {
  const team = await listCareTeam(trx, patientId);
  return { patientId, clinicianUserIds: team.map((member) => member.clinicianUserId) };
}
