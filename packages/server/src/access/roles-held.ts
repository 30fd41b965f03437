import type { TRole } from '@kratom-care/contracts';
import type { Principal } from '../auth/index.js';

/** Whoever holds roles: the caller, or a user the caller names (a care-team member). */
type RoleHolder = Pick<Principal, 'roles'>;

/*
 * The caller's roles as the policy reads them. `principal.roles` is loaded from the membership
 * table on every request (auth/session-resolver.ts), so a removed membership counts from the
 * next request on; nothing here caches it.
 */

/**
 * @param principal - The caller (or another role holder).
 * @param role - A role.
 * @returns The facilities where the caller holds the role.
 */
export function facilitiesWithRole(principal: RoleHolder, role: TRole): string[] {
  return principal.roles.flatMap((grant) =>
    grant.role === role && grant.facilityId !== null ? [grant.facilityId] : [],
  );
}

/**
 * @param principal - The caller (or another role holder).
 * @param role - A role.
 * @returns True when the caller holds the role at some facility or as a companion (no facility).
 */
export function holdsRole(principal: RoleHolder, role: TRole): boolean {
  return principal.roles.some((grant) => grant.role === role);
}

/**
 * @param principal - The caller (or another role holder).
 * @param role - A role.
 * @param facilityId - A facility, or null (a self-registered patient belongs to none).
 * @returns True when the caller holds the role at that facility; never for a null facility.
 */
export function holdsRoleAt(principal: RoleHolder, role: TRole, facilityId: string | null): boolean {
  return facilityId !== null && facilitiesWithRole(principal, role).includes(facilityId);
}
