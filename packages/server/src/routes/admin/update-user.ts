import { ZAdminUser, ZApiError, ZIdParams, ZUpdateUserRequest, type TUserStatus } from '@kratom-care/contracts';
import {
  addMembership,
  bumpUserVersion,
  listMembershipsForUser,
  removeMembership,
  type FacilityUser,
} from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { facilitiesWithRole } from '../../access/policy.js';
import { notFound } from '../../access/with-patient-access.js';
import { disableUser, enableUser, requireAuthenticated } from '../../auth/index.js';
import { ifMatchVersion, setEtag, staleError } from '../patients/patient-view.js';
import { adminUserView, managedAccount, managedUser } from './admin-user-view.js';

/** Where the account stands after the change, for a user no longer shown by a fresh read. */
function statusAfter(before: FacilityUser, disabled: boolean | undefined): TUserStatus {
  if (disabled === undefined) {
    return before.status;
  }
  if (disabled) {
    return 'disabled';
  }
  return before.hasPassword ? 'active' : 'invited';
}

/**
 * `PATCH /api/admin/users/:id`: an admin replaces the user's roles within the facilities they
 * administer and disables or re-enables the account (which ends its sessions at once). Needs
 * `If-Match` with the version the admin read: 428 without it, 412 when someone changed the account
 * since. Access is checked first, so a user the admin does not manage answers 404 whatever the
 * headers say. The answer carries the new version as its `ETag`.
 *
 * @param app - The app (with a database).
 */
export function registerUpdateUser(app: App): void {
  app.patch(
    '/api/admin/users/:id',
    {
      schema: {
        summary: 'Change a user',
        tags: ['admin'],
        params: ZIdParams,
        body: ZUpdateUserRequest,
        response: { 200: ZAdminUser, 400: ZApiError, 404: ZApiError, 412: ZApiError, 428: ZApiError },
      },
    },
    async (request, reply) => {
      const principal = requireAuthenticated(request);
      const db = app.identity.db;
      const userId = request.params.id;
      const at = app.identity.clock().toISOString();
      const before = await managedAccount(db, principal, userId, at);
      const expected = ifMatchVersion(request.headers['if-match']);
      if (expected !== before.version) {
        throw staleError();
      }
      const administered = new Set(facilitiesWithRole(principal, 'admin'));
      const { roles, disabled } = request.body;
      if (roles !== undefined && roles.some((grant) => !administered.has(grant.facilityId))) {
        throw notFound();
      }
      const version = await db.transaction().execute(async (trx) => {
        // The version moves first: of two admins who read the same version, the second gets 412.
        const next = await bumpUserVersion(trx, userId, expected);
        if (next === 'stale') {
          throw staleError();
        }
        if (roles !== undefined) {
          for (const membership of await listMembershipsForUser(trx, userId)) {
            if (administered.has(membership.facilityId)) {
              await removeMembership(trx, membership);
            }
          }
          for (const grant of roles) {
            await addMembership(trx, { userId, facilityId: grant.facilityId, role: grant.role, at });
          }
        }
        if (disabled !== undefined) {
          await (disabled ? disableUser(trx, userId, at) : enableUser(trx, userId, at));
        }
        return next;
      });
      setEtag(reply, version);
      if (roles !== undefined && roles.length === 0) {
        // The user left every facility this admin runs; show what changed, with no roles here.
        return adminUserView({ ...before, status: statusAfter(before, disabled), roles: [], version });
      }
      return managedUser(db, principal, userId, at);
    },
  );
}
