import { STAFF_ROLES, type TRole } from '@kratom-care/contracts';

/** One role the caller holds; `facilityId` is null for a companion patient or family member with no clinic. */
export interface RoleGrant {
  readonly role: TRole;
  readonly facilityId: string | null;
}

/**
 * Who is calling, resolved from the session cookie on every `/api` request. Routes and the access
 * policy decide from this alone; none reads the session or the membership table itself.
 */
export interface Principal {
  readonly userId: string;
  readonly email: string;
  readonly name: string;
  readonly roles: readonly RoleGrant[];
  /** Holds at least one staff role (clinician, admissions, admin, privacy-officer). */
  readonly isStaff: boolean;
  readonly sessionId: string;
  /** An enrolled TOTP factor was verified; required for staff (SECURITY.md AU-02). */
  readonly secondFactorVerified: boolean;
  /** When this session ends whatever the activity (12 h after sign-in). */
  readonly sessionExpiresAt: Date;
}

const STAFF: ReadonlySet<TRole> = new Set(STAFF_ROLES);

/**
 * Whether a role is a staff role.
 *
 * @param role - The role.
 * @returns True for clinician, admissions, admin and privacy-officer.
 */
export function isStaffRole(role: TRole): boolean {
  return STAFF.has(role);
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in caller, or null. Set for every `/api` request by the session resolver. */
    principal: Principal | null;
  }
}
