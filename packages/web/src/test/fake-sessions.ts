import type { FakeReply } from '../api/fake-api';
import { STAFF_ROLES, type TRole as Role, type TSessionView as SessionView } from '@kratom-care/contracts';

const STAFF: readonly Role[] = STAFF_ROLES;

/**
 * A fictional signed-in person with one role at the fictional Maple Street Clinic.
 *
 * @param role - Their role.
 * @param overrides - Anything to change.
 * @returns The session as `GET /api/auth/session` answers it.
 */
export function sessionFor(role: Role, overrides: Partial<SessionView> = {}): SessionView {
  const staff = STAFF.includes(role);
  return {
    user: { id: `user-${role}`, email: `${role}@example.test`, name: 'Robin Example' },
    roles: [{ role, facilityId: staff ? 'facility-maple' : null }],
    isStaff: staff,
    secondFactorEnabled: staff,
    secondFactorRequired: false,
    idleTimeoutMinutes: staff ? 15 : 30,
    expiresAt: '2026-11-28T16:00:00.000Z',
    ...overrides,
  };
}

/** @returns A handler answering the session route with this session. */
export const signedInAs = (session: SessionView) => (): FakeReply => ({ status: 200, body: session });

export const SIGNED_OUT: FakeReply = { status: 401, body: { code: 'UNAUTHENTICATED', message: 'Sign in first' } };

/** @returns An empty list page. */
export const emptyPage = (): FakeReply => ({ status: 200, body: { items: [], nextCursor: null } });
