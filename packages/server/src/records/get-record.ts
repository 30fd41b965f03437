import { ZApiError, type AnyRecordType } from '@kratom-care/contracts';
import { getClinicalRecord } from '@kratom-care/store';
import type { App } from '../app-types.js';
import { notFound, withPatientAccess } from '../access/with-patient-access.js';
import { setEtag } from '../routes/patients/patient-view.js';
import { ACCESS_PROFILE_CHECKS } from './access-profiles.js';
import { discloseToFamily } from './family-disclosure.js';
import { recordParams, recordPaths } from './record-paths.js';
import { recordScope } from './record-scope.js';
import { recordView } from './record-view.js';

/**
 * `GET /api/patients/:id/<type>/:recordId`: one record with its `ETag`. A record of another
 * patient, and of an `authorOnly` type another author's record, answers the same 404 as a missing
 * one (audited `not-found`). A family member's read is a disclosure.
 *
 * @param app - The app (with a database).
 * @param type - The declared record type.
 */
export function registerGetRecord(app: App, type: AnyRecordType): void {
  const checks = ACCESS_PROFILE_CHECKS[type.access];
  app.get(
    recordPaths(type).item,
    {
      schema: {
        summary: `Read one of a patient's ${type.title.many}`,
        tags: ['records'],
        params: recordParams(type).item,
        response: { 200: type.readResponse, 404: ZApiError },
      },
    },
    async (request, reply) => {
      const { id, recordId } = request.params;
      const view = await withPatientAccess(
        app,
        request,
        {
          patientId: id,
          action: type.audit.read,
          resourceType: type.resourceType,
          resourceId: recordId,
          check: checks.read,
          category: type.consentCategory,
          mode: 'read',
        },
        async (access) => {
          const scope = await recordScope(access.trx, type, access, request.params);
          const record = await getClinicalRecord(access.trx, {
            patientId: access.patient.id,
            type: scope.storedType,
            id: recordId,
            recordedBy: scope.recordedBy,
          });
          if (record === undefined) {
            throw notFound();
          }
          return { ...recordView(type, record), ...(await discloseToFamily(request, access, type, record.id)) };
        },
      );
      setEtag(reply, view.version);
      return view;
    },
  );
}
