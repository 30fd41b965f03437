import { ZApiError, ZCreatePatientRequest, ZPatientResponse, type TPatient } from '@kratom-care/contracts';
import type { App } from '../../app-types.js';
import { canCreatePatient } from '../../access/policy.js';
import { notFound } from '../../access/with-patient-access.js';
import { requireAuthenticated } from '../../auth/index.js';
import { auditAccess } from '../../audit/audit-access.js';
import { findReplay, IDEMPOTENT_RESPONSES, idempotencyKey, storeReplay } from '../idempotency.js';
import { createPatientRecord } from './create-patient-record.js';
import { setEtag } from './patient-view.js';

const ROUTE = 'POST /api/patients';

/**
 * `POST /api/patients`: clinicians and admissions staff of the facility create a patient. Needs an
 * `Idempotency-Key`; the creating clinician joins the care team (createPatientRecord, shared with
 * converting a call-back request). Audited as `patient.create`.
 *
 * @param app - The app (with a database).
 */
export function registerCreatePatient(app: App): void {
  app.post(
    '/api/patients',
    {
      schema: {
        summary: 'Create a patient',
        tags: ['patients'],
        body: ZCreatePatientRequest,
        response: { 201: ZPatientResponse, 404: ZApiError, ...IDEMPOTENT_RESPONSES },
      },
    },
    async (request, reply) => {
      const principal = requireAuthenticated(request);
      const key = idempotencyKey(request);
      const body = request.body;
      const at = app.identity.clock().toISOString();
      const audited = { action: 'patient.create', resourceType: 'patient', at };
      const outcome = await app.identity.db.transaction().execute(async (trx) => {
        const replay = await findReplay(trx, { userId: principal.userId, key, route: ROUTE, body });
        const decision = canCreatePatient(principal, body.facilityId);
        if (!decision.allowed) {
          await auditAccess(trx, request, principal, { ...audited, outcome: 'denied', decision });
          return { error: notFound() };
        }
        if (replay !== undefined) {
          const view = replay.body as TPatient;
          await auditAccess(trx, request, principal, {
            ...audited,
            outcome: 'allowed',
            decision,
            patientId: view.id,
            resourceId: view.id,
            reason: 'idempotent replay',
          });
          return { view };
        }
        const view = await createPatientRecord(trx, request, principal, decision, body, at);
        await storeReplay(trx, { userId: principal.userId, key, route: ROUTE, body, statusCode: 201, response: view });
        return { view };
      });
      if ('error' in outcome) {
        throw outcome.error;
      }
      setEtag(reply, outcome.view.version);
      return reply.code(201).send(outcome.view);
    },
  );
}
