import { ZApiError, ZSignInResponse, ZSignUpRequest, type TSignInResponse } from '@kratom-care/contracts';
import { createPatient } from '@kratom-care/store';
import { isAPIError } from 'better-auth/api';
import type { App } from '../../app-types.js';
import { AppError } from '../../errors.js';
import { authHeaders } from '../auth-call.js';
import type { Identity } from '../identity.js';
import { perIpPerMinute } from '../rate-limits.js';
import { completeSignIn } from './complete-sign-in.js';

/**
 * `POST /api/auth/sign-up`: a patient registers for the companion with no clinic. Creates the
 * account (role `patient`, no facility) and the patient record linked to it, then signs them in.
 * A clinic can add them to a care team later by invitation.
 *
 * @param app - The app.
 * @param identity - The identity services.
 */
export function registerSignUp(app: App, identity: Identity): void {
  app.post(
    '/api/auth/sign-up',
    {
      schema: {
        summary: 'Create a patient account for the companion',
        tags: ['auth'],
        body: ZSignUpRequest,
        response: { 201: ZSignInResponse, 400: ZApiError, 409: ZApiError, 429: ZApiError },
      },
      config: { csrf: 'always', rateLimit: perIpPerMinute(identity.limits.signUpPerIpPerMinute) },
    },
    async (request, reply): Promise<TSignInResponse> => {
      const { email, givenName, familyName, password } = request.body;
      const name = familyName === undefined ? givenName : `${givenName} ${familyName}`;
      const result = await identity.auth.api
        .signUpEmail({ body: { email, password, name }, headers: authHeaders(request), returnHeaders: true })
        .catch((error: unknown) => {
          if (isAPIError(error) && error.statusCode < 500) {
            throw new AppError(
              'CONFLICT',
              'An account with this email already exists. Sign in, or reset the password.',
            );
          }
          throw error;
        });
      const userId = result.response.user.id;
      const context = await identity.auth.$context;
      try {
        await context.internalAdapter.updateUser(userId, { role: 'patient' });
        await createPatient(identity.db, {
          facilityId: null,
          userId,
          givenName,
          familyName: familyName ?? '',
          email,
          createdBy: userId,
          at: identity.clock().toISOString(),
        });
      } catch (error) {
        // Without its patient record the account is useless; remove it so the person can retry.
        await context.internalAdapter.deleteUser(userId);
        throw error;
      }
      reply.code(201);
      return completeSignIn(identity, request, reply, result.headers);
    },
  );
}
