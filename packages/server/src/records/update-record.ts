import { ZApiError, type AnyRecordType } from '@kratom-care/contracts';
import { getClinicalRecord, updateClinicalRecord } from '@kratom-care/store';
import type { App } from '../app-types.js';
import { notFound, withPatientAccess } from '../access/with-patient-access.js';
import { ifMatchVersion, setEtag, staleError } from '../routes/patients/patient-view.js';
import { ACCESS_PROFILE_CHECKS } from './access-profiles.js';
import { refreshMonitoringAfterWrite } from '../monitoring/monitoring-hook.js';
import { recordParams, recordPaths } from './record-paths.js';
import { recordScope } from './record-scope.js';
import { changedOrThrow, enteredInErrorConflict, invalidBody, recordView } from './record-view.js';

/**
 * `PUT /api/patients/:id/<type>/:recordId` for editable types: replaces the record's values.
 * Needs `If-Match` with the version read (428 without it, 412 when stale); the version is checked
 * again in the UPDATE, so of two concurrent writers one gets 412. A record entered in error
 * answers 409. Access is checked first, so a hidden record answers 404 whatever the headers say.
 *
 * @param app - The app (with a database).
 * @param type - The declared record type (editable).
 */
export function registerUpdateRecord(app: App, type: AnyRecordType): void {
  const checks = ACCESS_PROFILE_CHECKS[type.access];
  const update = type.update ?? type.create;
  app.put(
    recordPaths(type).item,
    {
      schema: {
        summary: `Change one of a patient's ${type.title.many}`,
        tags: ['records'],
        params: recordParams(type).item,
        body: update,
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
      const now = app.identity.clock();
      // A nested type's rules read its parent record, so they run once the parent is loaded.
      const early = type.parent === undefined ? type.toBody(request.body, { now }) : undefined;
      if (early !== undefined && !early.ok) {
        throw invalidBody(early.issues);
      }
      const view = await withPatientAccess(
        app,
        request,
        {
          patientId: id,
          action: type.audit.update,
          resourceType: type.resourceType,
          resourceId: recordId,
          check: checks.write,
        },
        async (access) => {
          const { trx, patient, at } = access;
          const scope = await recordScope(trx, type, access, request.params);
          const key = { patientId: patient.id, type: scope.storedType, id: recordId };
          const current = await getClinicalRecord(trx, { ...key, recordedBy: scope.recordedBy });
          if (current === undefined) {
            throw notFound();
          }
          const expectedVersion = ifMatchVersion(request.headers['if-match']);
          if (current.status === 'entered-in-error') {
            throw enteredInErrorConflict();
          }
          if (expectedVersion !== current.version) {
            throw staleError();
          }
          const checked = early ?? type.toBody(request.body, { now, parent: scope.parent });
          if (!checked.ok) {
            throw invalidBody(checked.issues);
          }
          const result = await updateClinicalRecord(trx, {
            ...key,
            expectedVersion,
            body: checked.body,
            recordedAt: checked.recordedAt,
            ...(type.subtype === undefined ? {} : { subtype: type.subtype.of(checked.body) }),
            at,
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
