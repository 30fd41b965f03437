import type { TAdminUser } from '@kratom-care/contracts';
import { getFacilityUser, type Executor, type FacilityUser } from '@kratom-care/store';
import type { Principal } from '../../auth/index.js';
import { facilitiesWithRole } from '../../access/policy.js';
import { notFound } from '../../access/with-patient-access.js';

/**
 * @param user - A user as the store reads them for an admin.
 * @returns The API view.
 */
export function adminUserView(user: FacilityUser): TAdminUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    status: user.status,
    disabled: user.status === 'disabled',
    invitation: user.invitation,
    roles: user.roles.map((grant) => ({ role: grant.role, facilityId: grant.facilityId })),
    version: user.version,
  };
}

/**
 * Loads a user an admin may manage: one holding a membership in a facility the admin administers.
 *
 * @param executor - Database or transaction.
 * @param admin - The calling admin.
 * @param userId - The user.
 * @param at - Now, ISO-8601 UTC (whether an invitation is still pending).
 * @returns The user (only memberships of the admin's facilities are listed).
 * @throws AppError NOT_FOUND for anyone else.
 */
export async function managedAccount(
  executor: Executor,
  admin: Principal,
  userId: string,
  at: string,
): Promise<FacilityUser> {
  const administered = facilitiesWithRole(admin, 'admin');
  const user = await getFacilityUser(executor, userId, { memberOf: administered, rolesAt: administered, at });
  if (user === undefined) {
    throw notFound();
  }
  return user;
}

/**
 * {@link managedAccount} as the API shows it.
 *
 * @param executor - Database or transaction.
 * @param admin - The calling admin.
 * @param userId - The user.
 * @param at - Now, ISO-8601 UTC.
 * @returns The user's view.
 * @throws AppError NOT_FOUND for a user the admin does not manage.
 */
export async function managedUser(
  executor: Executor,
  admin: Principal,
  userId: string,
  at: string,
): Promise<TAdminUser> {
  return adminUserView(await managedAccount(executor, admin, userId, at));
}
