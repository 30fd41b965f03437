import { getFacility, type Executor, type FacilityRecord } from '@kratom-care/store';
import { canManageListing } from '../access/policy.js';
import { notFound } from '../access/with-patient-access.js';
import type { Principal } from '../auth/index.js';

/**
 * The facility whose listing the caller is about to read or change, when they may manage it
 * (`canManageListing`); otherwise the same 404 as a facility that does not exist.
 *
 * @param db - Database or transaction.
 * @param principal - The caller.
 * @param facilityId - The facility.
 * @returns The facility.
 * @throws AppError NOT_FOUND when it is missing or not the caller's to manage.
 */
export async function managedListing(db: Executor, principal: Principal, facilityId: string): Promise<FacilityRecord> {
  const facility = await getFacility(db, facilityId);
  if (facility === undefined || !canManageListing(principal, facility)) {
    throw notFound();
  }
  return facility;
}
