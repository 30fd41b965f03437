import { ZApiError, ZEnteredInErrorRequest, type AnyRecordType } from '@kratom-care/contracts';
import { getClinicalRecord, markClinicalRecordEnteredInError } from '@kratom-care/store';
import type { App } from '../app-types.js';
import { notFound, withPatientAccess } from '../access/with-patient-access.js';
import { ifMatchVersion, setEtag, staleError } from '../routes/patients/patient-view.js';
import { ACCESS_PROFILE_CHECKS } from './access-profiles.js';
import { refreshMonitoringAfterWrite } from '../monitoring/monitoring-hook.js';
import { recordParams, recordPaths } from './record-paths.js';
import { recordScope } from './record-scope.js';
import { changedOrThrow, enteredInErrorConflict, recordView } from './record-view.js';

/**
 * `POST /api/patients/:id/<type>/:recordId/entered-in-error` with `{ reason }`: marks a wrong
 * entry. The record keeps its values and stays listed with its status; nothing clinical is
 * deleted. Editable types need `If-Match` (the change must be to the version read); append-only
 * types check it when sent. Marking twice answers 409.
 *
 * @param app - The app (with a database).
 * @param type - The declared record type.
 */
export function registerMarkEnteredInError(app: App, type: AnyRecordType): void {
  const checks = ACCESS_PROFILE_CHECKS[type.access];
  app.post(
    recordPaths(type).enteredInError,
    {
      schema: {
        summary: `Mark one of a patient's ${type.title.many} entered in error`,
        tags: ['records'],
        params: recordParams(type).item,
        body: ZEnteredInErrorRequest,
        response: {
          200: type.response,
          400: ZApiError,
          404: ZApiError,
          409: ZApiError,
          412: ZApiError,
          428: ZApiError,
        },
      },
    },
    async (request, reply) => {
      const { id, recordId } = request.params;
      const view = await withPatientAccess(
        app,
        request,
        {
          patientId: id,
          action: type.audit.enteredInError,
          resourceType: type.resourceType,
          resourceId: recordId,
          check: checks.write,
        },
        async (access) => {
          const { trx, patient, principal, at } = access;
          const scope = await recordScope(trx, type, access, request.params);
          const key = { patientId: patient.id, type: scope.storedType, id: recordId };
          // Another author's record of an `authorOnly` type cannot be marked: it is not found.
          const current = await getClinicalRecord(trx, { ...key, recordedBy: scope.recordedBy });
          if (current === undefined) {
            throw notFound();
          }
          const header = request.headers['if-match'];
          const expectedVersion =
            type.versioning === 'editable' || header !== undefined ? ifMatchVersion(header) : undefined;
          if (current.status === 'entered-in-error') {
            throw enteredInErrorConflict();
          }
          if (expectedVersion !== undefined && expectedVersion !== current.version) {
            throw staleError();
          }
          const result = await markClinicalRecordEnteredInError(trx, {
            ...key,
            reason: request.body.reason,
            by: principal.userId,
            at,
            expectedVersion,
          });
          const changed = changedOrThrow(result);
          await refreshMonitoringAfterWrite(trx, type, patient.id, at, app.monitoringSettings);
          return recordView(type, changed);
        },
      );
      setEtag(reply, view.version);
      return view;
    },
  );
}
