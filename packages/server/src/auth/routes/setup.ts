import {
  ZApiError,
  ZSetupRequest,
  ZSetupStatusResponse,
  ZSignInResponse,
  type TSignInResponse,
} from '@kratom-care/contracts';
import { addMembership, createFacility, deleteFacility } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { AppError } from '../../errors.js';
import { createUserAccount } from '../accounts.js';
import { authHeaders } from '../auth-call.js';
import type { Identity } from '../identity.js';
import { perIpPerMinute } from '../rate-limits.js';
import { adminExists, consumeSetupToken, restoreSetupToken, setupPending } from '../setup-link.js';
import { completeSignIn } from './complete-sign-in.js';

function invalidLink(): AppError {
  return new AppError(
    'INVALID_TOKEN',
    'This setup link is not valid. Open the link the server log shows, exactly as printed.',
  );
}

/**
 * `GET /api/setup` says whether first-start setup is still open; `POST /api/setup` uses the
 * one-time link the server printed to create the first admin and the first facility, then signs
 * the admin in (TOTP enrolment comes next). The token works once; after that, and once any admin
 * exists, the route only answers 400.
 *
 * @param app - The app.
 * @param identity - The identity services.
 */
export function registerSetup(app: App, identity: Identity): void {
  app.get(
    '/api/setup',
    {
      schema: { summary: 'Whether first-start setup is open', tags: ['auth'], response: { 200: ZSetupStatusResponse } },
    },
    async () => ({ setupRequired: await setupPending(identity.db) }),
  );

  app.post(
    '/api/setup',
    {
      schema: {
        summary: 'Create the first admin and facility with the one-time setup link',
        tags: ['auth'],
        body: ZSetupRequest,
        response: { 201: ZSignInResponse, 400: ZApiError, 429: ZApiError },
      },
      config: { csrf: 'always', rateLimit: perIpPerMinute(identity.limits.tokenPerIpPerMinute) },
    },
    async (request, reply): Promise<TSignInResponse> => {
      const { token, admin, facility } = request.body;
      const used = await consumeSetupToken(identity.db, identity.secret, token);
      if (used === null) {
        throw invalidLink();
      }
      if (await adminExists(identity.db)) {
        throw invalidLink();
      }
      const at = identity.clock().toISOString();
      let facilityId: string | null = null;
      try {
        facilityId = (
          await createFacility(identity.db, {
            name: facility.name,
            region: facility.region,
            address: facility.address ?? '',
            at,
          })
        ).id;
        const userId = await createUserAccount(identity.auth, { ...admin, emailVerified: true });
        await addMembership(identity.db, { userId, facilityId, role: 'admin', at });
      } catch (error) {
        // Undo what was made and leave the link usable, so the operator can retry with corrected details.
        if (facilityId !== null) {
          await deleteFacility(identity.db, facilityId);
        }
        await restoreSetupToken(identity.db, used, identity.clock);
        throw error;
      }
      const result = await identity.auth.api.signInEmail({
        body: { email: admin.email, password: admin.password },
        headers: authHeaders(request),
        returnHeaders: true,
      });
      reply.code(201);
      return completeSignIn(identity, request, reply, result.headers);
    },
  );
}
