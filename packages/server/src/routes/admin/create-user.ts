import { ZApiError, ZCreateUserRequest, ZCreateUserResponse } from '@kratom-care/contracts';
import { addMembership } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { canAdminFacility } from '../../access/policy.js';
import { notFound } from '../../access/with-patient-access.js';
import { createUserAccount, requireAuthenticated } from '../../auth/index.js';
import { createOnceOutsideTransaction, IDEMPOTENT_RESPONSES, idempotencyKey } from '../idempotency.js';
import { managedUser } from './admin-user-view.js';

/**
 * `POST /api/admin/users`: an admin of the facility creates an account with no password, gives it
 * the role there and mails a single-use invitation. Needs an `Idempotency-Key`: a retried request
 * replays the first answer (one account, one mail).
 *
 * @param app - The app (with a database).
 */
export function registerCreateUser(app: App): void {
  app.post(
    '/api/admin/users',
    {
      schema: {
        summary: 'Invite a user',
        tags: ['admin'],
        body: ZCreateUserRequest,
        response: { 201: ZCreateUserResponse, 404: ZApiError, ...IDEMPOTENT_RESPONSES },
      },
    },
    async (request, reply) => {
      const principal = requireAuthenticated(request);
      const key = idempotencyKey(request);
      const body = request.body;
      if (!canAdminFacility(principal, body.facilityId)) {
        throw notFound();
      }
      const { auth, db } = app.identity;
      const scope = { userId: principal.userId, key, route: 'POST /api/admin/users', body, statusCode: 201 };
      const created = await createOnceOutsideTransaction(db, scope, async () => {
        const userId = await createUserAccount(auth, { email: body.email, name: body.name, emailVerified: true });
        await addMembership(db, { userId, facilityId: body.facilityId, role: body.role });
        await app.identity.createInvitation(userId);
        const at = app.identity.clock().toISOString();
        return { user: await managedUser(db, principal, userId, at), invitationSent: true as const };
      });
      return reply.code(201).send(created.value);
    },
  );
}
