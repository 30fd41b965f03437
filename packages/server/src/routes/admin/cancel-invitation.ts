import { ZApiError, ZCancelInvitationResponse, ZIdParams } from '@kratom-care/contracts';
import { bumpUserVersion, deleteInvitations, setUserBanned } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { requireAuthenticated } from '../../auth/index.js';
import { AppError } from '../../errors.js';
import { managedAccount, managedUser } from './admin-user-view.js';

/**
 * `DELETE /api/admin/users/:id/invitation`: an admin withdraws the invitation of someone who has
 * not accepted it. Every link sent to them stops working, and the account (which has no password)
 * is disabled rather than deleted: audit rows keep naming it, and nothing is left half-active.
 * Re-enable it and resend the invitation to invite them again. A user who already accepted: 409.
 *
 * @param app - The app (with a database).
 */
export function registerCancelInvitation(app: App): void {
  app.delete(
    '/api/admin/users/:id/invitation',
    {
      schema: {
        summary: 'Cancel an invitation',
        tags: ['admin'],
        params: ZIdParams,
        response: { 200: ZCancelInvitationResponse, 404: ZApiError, 409: ZApiError },
      },
    },
    async (request) => {
      const principal = requireAuthenticated(request);
      const db = app.identity.db;
      const userId = request.params.id;
      const at = app.identity.clock().toISOString();
      const user = await managedAccount(db, principal, userId, at);
      if (user.hasPassword) {
        throw new AppError('CONFLICT', 'This person already accepted the invitation; disable the account instead');
      }
      await db.transaction().execute(async (trx) => {
        await deleteInvitations(trx, userId);
        await setUserBanned(trx, userId, { banned: true, reason: 'invitation cancelled', at });
        // An edit opened before the cancellation must not re-enable the account unseen.
        await bumpUserVersion(trx, userId);
      });
      return managedUser(db, principal, userId, at);
    },
  );
}
