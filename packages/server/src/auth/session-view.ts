import type { TSessionView } from '@kratom-care/contracts';
import { needsSecondFactor } from './guards.js';
import type { Principal } from './principal.js';
import { idleLimitMs } from './session-resolver.js';

/**
 * What the UI is told about the signed-in caller.
 *
 * @param principal - The caller.
 * @returns The session view (`GET /api/auth/session`, sign-in, challenge).
 */
export function sessionView(principal: Principal): TSessionView {
  return {
    user: { id: principal.userId, email: principal.email, name: principal.name },
    roles: principal.roles.map((grant) => ({ role: grant.role, facilityId: grant.facilityId })),
    isStaff: principal.isStaff,
    secondFactorEnabled: principal.secondFactorVerified,
    secondFactorRequired: needsSecondFactor(principal),
    idleTimeoutMinutes: idleLimitMs(principal.roles) / 60_000,
    expiresAt: principal.sessionExpiresAt.toISOString(),
  };
}
