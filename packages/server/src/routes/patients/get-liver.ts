import {
  LABS,
  LIVER_FINDINGS,
  toStoredLab,
  ZApiError,
  ZIdParams,
  ZLiverAssessmentResponse,
  type TLabBody,
} from '@kratom-care/contracts';
import { assessLiver } from '@kratom-care/domain';
import { listPanelRecords } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { canReadClinical } from '../../access/policy.js';
import { withPatientAccess } from '../../access/with-patient-access.js';
import { discloseToFamily } from '../../records/family-disclosure.js';
import { liverAssessmentOptions } from './liver-input.js';

/** What the liver read is audited and disclosed as: derived from the labs, under their consent category. */
const LIVER_READ = { consentCategory: LABS.consentCategory, resourceType: 'liver-assessment' } as const;

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/**
 * `GET /api/patients/:id/liver`: the liver assessment (R-ratio pattern, Hy's-law labs, DILIN grade,
 * test reminders) over the patient's lab results and clinician liver findings that are not entered
 * in error, at the server's time. The labs' readers read it, through the one policy: 404 for anyone else, one audit row per
 * read, and a family member's read is a disclosure of the `labs` category. Decision support: it
 * suggests, it orders nothing.
 *
 * @param app - The app (with a database).
 * @see Clinical reference §8 and Appendix C.1 (the rules live in packages/domain/src/liver)
 */
export function registerGetLiver(app: App): void {
  app.get(
    '/api/patients/:id/liver',
    {
      schema: {
        summary: "Assess a patient's liver tests",
        tags: ['records'],
        params: ZIdParams,
        response: { 200: ZLiverAssessmentResponse, 404: ZApiError },
      },
    },
    async (request) =>
      withPatientAccess(
        app,
        request,
        {
          patientId: request.params.id,
          action: 'liver.read',
          resourceType: LIVER_READ.resourceType,
          check: canReadClinical,
          category: LIVER_READ.consentCategory,
          mode: 'read',
        },
        async (access) => {
          const patientId = access.patient.id;
          const [records, findings] = await Promise.all([
            listPanelRecords(access.trx, { patientId, types: [LABS.name] }),
            listPanelRecords(access.trx, { patientId, types: [LIVER_FINDINGS.name] }),
          ]);
          // Stored only from bodies the labs declaration validated.
          const labs = records.map((record) => toStoredLab(record.id, record.body as TLabBody));
          const atMs = Date.parse(access.at);
          const { panelAtMs, ...assessment } = assessLiver(labs, atMs, liverAssessmentOptions(findings, atMs));
          return {
            ...assessment,
            panelAt: iso(panelAtMs),
            ...(await discloseToFamily(request, access, LIVER_READ, null)),
          };
        },
      ),
  );
}
