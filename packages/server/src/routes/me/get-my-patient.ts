import { REDISCLOSURE_NOTICE, ZApiError, ZMePatientResponse, type TMePatientResponse } from '@kratom-care/contracts';
import { getPatientByUserId, listConsentedPatients } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { myPatientsAccess } from '../../access/policy.js';
import { notFound } from '../../access/with-patient-access.js';
import { requireAuthenticated } from '../../auth/index.js';
import { auditAccess } from '../../audit/audit-access.js';

/**
 * `GET /api/me/patient`: a patient's own demographics; for a family member, each consent in force
 * that names them, with the patient's name, exactly the categories granted, purpose and expiry,
 * and the redisclosure notice (42 CFR §2.32). Other roles get 404. Audited as `patient.me`.
 *
 * @param app - The app (with a database).
 */
export function registerGetMyPatient(app: App): void {
  app.get(
    '/api/me/patient',
    {
      schema: {
        summary: 'My patient record',
        tags: ['consents'],
        response: { 200: ZMePatientResponse, 404: ZApiError },
      },
    },
    async (request): Promise<TMePatientResponse> => {
      const principal = requireAuthenticated(request);
      const at = app.identity.clock().toISOString();
      const access = myPatientsAccess(principal, at);
      if (access === null) {
        await auditAccess(app.identity.db, request, principal, {
          action: 'patient.me',
          resourceType: 'patient',
          outcome: 'denied',
          at,
        });
        throw notFound();
      }
      return app.identity.db.transaction().execute(async (trx) => {
        const own = access.ownRecord ? await getPatientByUserId(trx, principal.userId) : undefined;
        const scope = access.consentedPatients;
        // The consents in force that name this family member: the same rule as the 'consented' scope.
        const consented =
          scope.kind === 'consented' ? await listConsentedPatients(trx, scope.familyUserId, scope.at) : [];
        await auditAccess(trx, request, principal, {
          action: 'patient.me',
          resourceType: 'patient',
          patientId: own?.id ?? null,
          resourceId: own?.id ?? null,
          outcome: 'allowed',
          at,
        });
        return {
          self:
            own === undefined
              ? null
              : {
                  id: own.id,
                  facilityId: own.facilityId,
                  givenName: own.givenName,
                  familyName: own.familyName,
                  birthDate: own.birthDate,
                  email: own.email,
                  phone: own.phone,
                },
          consentedPatients: consented.map((row) => ({
            id: row.patientId,
            givenName: row.givenName,
            familyName: row.familyName,
            consentId: row.consent.id,
            categories: row.consent.categories,
            purpose: row.consent.purpose,
            expiresAt: row.consent.expiresAt,
            expiryEvent: row.consent.expiryEvent,
          })),
          ...(consented.length === 0 ? {} : { redisclosureNotice: REDISCLOSURE_NOTICE }),
        };
      });
    },
  );
}
