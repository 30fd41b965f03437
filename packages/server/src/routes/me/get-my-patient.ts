import { ZApiError, ZMePatientResponse, type TMePatientResponse } from '@kratom-care/contracts';
import { getPatientByUserId, listVisiblePatients } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { notFound } from '../../access/with-patient-access.js';
import { requireAuthenticated } from '../../auth/index.js';
import { auditAccess } from '../../audit/audit-access.js';

/**
 * `GET /api/me/patient`: a patient's own demographics; for a family member, the patients whose
 * current consent names them (names only). Other roles get 404.
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
      const roles = new Set(principal.roles.map((grant) => grant.role));
      const at = app.identity.clock().toISOString();
      if (!roles.has('patient') && !roles.has('family')) {
        await auditAccess(app.identity.db, request, principal, {
          action: 'patient.me',
          resourceType: 'patient',
          outcome: 'denied',
          at,
        });
        throw notFound();
      }
      return app.identity.db.transaction().execute(async (trx) => {
        const own = roles.has('patient') ? await getPatientByUserId(trx, principal.userId) : undefined;
        const consented = roles.has('family')
          ? await listVisiblePatients(
              trx,
              { kind: 'consented', familyUserId: principal.userId, at },
              { sort: 'familyName', order: 'asc', limit: 200, offset: 0 },
            )
          : { rows: [], total: 0 };
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
          consentedPatients: consented.rows.map((row) => ({
            id: row.id,
            givenName: row.givenName,
            familyName: row.familyName,
          })),
        };
      });
    },
  );
}
