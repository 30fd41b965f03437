import type { TAdminUser } from '@kratom-care/contracts';
import { getUserById, listMembershipsForUser, type Executor } from '@kratom-care/store';
import type { Principal } from '../../auth/index.js';
import { facilitiesWithRole } from '../../access/policy.js';
import { notFound } from '../../access/with-patient-access.js';

/**
 * Loads a user an admin may manage: one holding a membership in a facility the admin administers.
 *
 * @param executor - Database or transaction.
 * @param admin - The calling admin.
 * @param userId - The user.
 * @returns The user's view (only memberships of the admin's facilities are shown).
 * @throws AppError NOT_FOUND for anyone else.
 */
export async function managedUser(executor: Executor, admin: Principal, userId: string): Promise<TAdminUser> {
  const administered = new Set(facilitiesWithRole(admin, 'admin'));
  const memberships = (await listMembershipsForUser(executor, userId)).filter((m) => administered.has(m.facilityId));
  const user = memberships.length === 0 ? undefined : await getUserById(executor, userId);
  if (user === undefined) {
    throw notFound();
  }
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    disabled: user.banned,
    roles: memberships.map((m) => ({ role: m.role, facilityId: m.facilityId })),
  };
}
