import { ZAdminUser, ZApiError, ZIdParams, ZUpdateUserRequest, type TUserStatus } from '@kratom-care/contracts';
import { addMembership, listMembershipsForUser, removeMembership, type FacilityUser } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { facilitiesWithRole } from '../../access/policy.js';
import { notFound } from '../../access/with-patient-access.js';
import { disableUser, enableUser, requireAuthenticated } from '../../auth/index.js';
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
 * administer and disables or re-enables the account (which ends its sessions at once).
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
        response: { 200: ZAdminUser, 400: ZApiError, 404: ZApiError },
      },
    },
    async (request) => {
      const principal = requireAuthenticated(request);
      const db = app.identity.db;
      const userId = request.params.id;
      const at = app.identity.clock().toISOString();
      const before = await managedAccount(db, principal, userId, at);
      const administered = new Set(facilitiesWithRole(principal, 'admin'));
      const { roles, disabled } = request.body;
      if (roles !== undefined && roles.some((grant) => !administered.has(grant.facilityId))) {
        throw notFound();
      }
      if (roles !== undefined) {
        await db.transaction().execute(async (trx) => {
          for (const membership of await listMembershipsForUser(trx, userId)) {
            if (administered.has(membership.facilityId)) {
              await removeMembership(trx, membership);
            }
          }
          for (const grant of roles) {
            await addMembership(trx, { userId, facilityId: grant.facilityId, role: grant.role, at });
          }
        });
      }
      if (disabled !== undefined) {
        await (disabled ? disableUser(db, userId, at) : enableUser(db, userId, at));
      }
      if (roles !== undefined && roles.length === 0) {
        // The user left every facility this admin runs; show what changed, with no roles here.
        return adminUserView({ ...before, status: statusAfter(before, disabled), roles: [] });
      }
      return managedUser(db, principal, userId, at);
    },
  );
}
