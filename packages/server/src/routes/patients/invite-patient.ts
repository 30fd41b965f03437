import { ZApiError, ZIdParams, ZInvitePatientResponse } from '@kratom-care/contracts';
import { addMembership, linkPatientUser } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { canInvitePatient } from '../../access/policy.js';
import { withPatientAccess } from '../../access/with-patient-access.js';
import { createUserAccount } from '../../auth/index.js';
import { requireAuthenticated } from '../../auth/index.js';
import { AppError } from '../../errors.js';
import { createOnceOutsideTransaction, IDEMPOTENT_RESPONSES, idempotencyKey } from '../idempotency.js';

/**
 * `POST /api/patients/:id/invitation`: a clinician on the care team invites the patient to choose a
 * password. The first invitation creates the patient's account (no password) and links it; later
 * ones re-send the link, and every older link stops working. The account is made after the
 * audited access commits, because better-auth writes through its own connection. Needs an
 * `Idempotency-Key`: a retried request sends one mail.
 *
 * @param app - The app (with a database).
 */
export function registerInvitePatient(app: App): void {
  app.post(
    '/api/patients/:id/invitation',
    {
      schema: {
        summary: 'Invite the patient to an account',
        tags: ['patients'],
        params: ZIdParams,
        response: { 200: ZInvitePatientResponse, 404: ZApiError, ...IDEMPOTENT_RESPONSES },
      },
    },
    async (request) => {
      const principal = requireAuthenticated(request);
      const key = idempotencyKey(request);
      const patient = await withPatientAccess(
        app,
        request,
        { patientId: request.params.id, action: 'patient.invite', resourceType: 'patient', check: canInvitePatient },
        async ({ patient }) => {
          if (patient.userId === null && patient.email === null) {
            throw new AppError('INVALID_BODY', "Add the patient's email address first", [
              { path: ['email'], message: 'Required to send an invitation' },
            ]);
          }
          return Promise.resolve(patient);
        },
      );
      const { db, auth } = app.identity;
      const route = `POST /api/patients/${patient.id}/invitation`;
      const sent = await createOnceOutsideTransaction(
        db,
        { userId: principal.userId, key, route, body: null, statusCode: 200 },
        async () => {
          let userId = patient.userId;
          if (userId === null) {
            userId = await createUserAccount(auth, {
              email: patient.email ?? '',
              name: `${patient.givenName} ${patient.familyName}`,
            });
            if (patient.facilityId !== null) {
              await addMembership(db, { userId, facilityId: patient.facilityId, role: 'patient' });
            }
            const linked = await linkPatientUser(db, patient.id, userId);
            if (typeof linked === 'string') {
              throw new AppError('CONFLICT', 'This email already belongs to another patient');
            }
          }
          await app.identity.createInvitation(userId);
          return { invitationSent: true as const };
        },
      );
      return sent.value;
    },
  );
}
