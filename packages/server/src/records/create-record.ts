import { randomUUID } from 'node:crypto';
import { ZApiError, type AnyRecordType } from '@kratom-care/contracts';
import { createClinicalRecord, type ClinicalRecord } from '@kratom-care/store';
import type { App } from '../app-types.js';
import { withPatientAccess } from '../access/with-patient-access.js';
import { findReplay, idempotencyKey, storeReplay } from '../routes/idempotency.js';
import { validationErrorWithFlags } from '../routes/scoring-validation.js';
import { setEtag } from '../routes/patients/patient-view.js';
import { ACCESS_PROFILE_CHECKS } from './access-profiles.js';
import { refreshMonitoringAfterWrite } from '../monitoring/monitoring-hook.js';
import { recordParams, recordPaths } from './record-paths.js';
import { recordScope } from './record-scope.js';
import { enteredInErrorConflict, invalidBody, recordView } from './record-view.js';

/**
 * `POST /api/patients/:id/<type>`: a writer per the type's access profile records one. Needs an
 * `Idempotency-Key`: the same key and body replay the first answer, another body answers 422.
 * The body is checked (schema, then the type's rules with the server's clock) before anything is
 * read, so bad input never reaches the database.
 *
 * @param app - The app (with a database).
 * @param type - The declared record type.
 */
export function registerCreateRecord(app: App, type: AnyRecordType): void {
  const checks = ACCESS_PROFILE_CHECKS[type.access];
  const path = recordPaths(type).collection;
  app.post(
    path,
    {
      schema: {
        summary: `Record ${type.title.one}`,
        tags: ['records'],
        params: recordParams(type).collection,
        body: type.create,
        response: { 201: type.response, 400: ZApiError, 404: ZApiError, 409: ZApiError, 422: ZApiError },
      },
      // A scored type adds the safety flags of refused answers to the 400 (Appendix C.4.4).
      attachValidation: type.safetyFlags !== undefined,
    },
    async (request, reply) => {
      if (request.validationError !== undefined) {
        throw validationErrorWithFlags(request.validationError, type.safetyFlags?.(request.body));
      }
      const key = idempotencyKey(request);
      const now = app.identity.clock();
      // A nested type's rules read its parent record, so they run once the parent is loaded.
      const early = type.parent === undefined ? type.toBody(request.body, { now }) : undefined;
      if (early !== undefined && !early.ok) {
        throw invalidBody(early.issues, early.flags);
      }
      const route = `POST ${path} ${request.params.id}${type.parent === undefined ? '' : ` ${request.params[type.parent.param] ?? ''}`}`;
      const view = await withPatientAccess(
        app,
        request,
        {
          patientId: request.params.id,
          action: type.audit.create,
          resourceType: type.resourceType,
          check: checks.write,
        },
        async (access) => {
          const { trx, patient, principal, at } = access;
          const scope = await recordScope(trx, type, access, request.params);
          const replay = await findReplay(trx, { userId: principal.userId, key, route, body: request.body });
          if (replay !== undefined) {
            return replay.body as ReturnType<typeof recordView>;
          }
          if (scope.parent?.status === 'entered-in-error') {
            throw enteredInErrorConflict();
          }
          const checked = early ?? type.toBody(request.body, { now, parent: scope.parent });
          if (!checked.ok) {
            throw invalidBody(checked.issues, checked.flags);
          }
          const record: ClinicalRecord = {
            id: randomUUID(),
            patientId: patient.id,
            type: scope.storedType,
            version: 1,
            status: 'final',
            recordedAt: checked.recordedAt ?? at,
            recordedBy: principal.userId,
            recordedByName: principal.name,
            body: checked.body,
            createdAt: at,
            updatedAt: at,
            enteredInError: null,
          };
          const response = recordView(type, record);
          // The answer is stored first: a concurrent request with the same key fails here, before
          // anything is inserted, and its transaction still commits its audit row.
          await storeReplay(trx, {
            userId: principal.userId,
            key,
            route,
            body: request.body,
            statusCode: 201,
            response,
          });
          await createClinicalRecord(trx, { ...record, subtype: type.subtype?.of(checked.body) ?? null, at });
          await refreshMonitoringAfterWrite(trx, type, patient.id, at, app.monitoringSettings);
          return response;
        },
      );
      setEtag(reply, view.version);
      return reply.code(201).send(view);
    },
  );
}
