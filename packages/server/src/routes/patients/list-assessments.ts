import { REDISCLOSURE_NOTICE, ZApiError, ZIdParams, ZListAssessmentsResponse } from '@kratom-care/contracts';
import { listAssessmentsForPatient, recordDisclosure } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { canReadClinical } from '../../access/policy.js';
import { withPatientAccess } from '../../access/with-patient-access.js';
import { assessmentView } from './assessment-view.js';

/**
 * `GET /api/patients/:id/assessments`: clinicians with access, the patient, and family members
 * whose current consent covers assessments. A family read is a disclosure: it is recorded in the
 * same transaction and the answer carries the 42 CFR §2.32 notice.
 *
 * @param app - The app (with a database).
 */
export function registerListAssessments(app: App): void {
  app.get(
    '/api/patients/:id/assessments',
    {
      schema: {
        summary: "List a patient's assessments",
        tags: ['patients'],
        params: ZIdParams,
        response: { 200: ZListAssessmentsResponse, 404: ZApiError },
      },
    },
    async (request) =>
      withPatientAccess(
        app,
        request,
        {
          patientId: request.params.id,
          action: 'assessment.list',
          resourceType: 'assessment',
          check: canReadClinical,
          category: 'assessments',
        },
        async ({ trx, patient, principal, decision, facts, at }) => {
          const items = (await listAssessmentsForPatient(trx, patient.id)).map(assessmentView);
          const page = { items, total: items.length, nextCursor: null };
          if (decision.via !== 'consent' || facts.grant === null) {
            return page;
          }
          await recordDisclosure(trx, {
            patientId: patient.id,
            consentId: facts.grant.consentId,
            recipientKind: 'family-user',
            recipientUserId: principal.userId,
            recipientName: principal.name,
            categories: ['assessments'],
            purpose: facts.grant.purpose,
            action: 'family-read',
            resourceType: 'assessment',
            actorUserId: principal.userId,
            occurredAt: at,
            requestId: request.id,
          });
          return { ...page, redisclosureNotice: REDISCLOSURE_NOTICE };
        },
      ),
  );
}
