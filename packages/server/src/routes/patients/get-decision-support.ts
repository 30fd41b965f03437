import {
  ASSESSMENTS,
  DECISION_SUPPORT_NOT_RECORDED,
  INTAKE,
  MEDICATION_ADMINISTRATIONS,
  MEDICATIONS,
  NALTREXONE_OVERRIDES,
  storedRecordType,
  VITALS,
  ZApiError,
  ZDecisionSupportResponse,
  ZIdParams,
  type TDecisionSupportResponse,
} from '@kratom-care/contracts';
import {
  buildDecisionSupportPanel,
  buildInductionLog,
  isTreatmentInvalid,
  type CowsResultInput,
} from '@kratom-care/domain';
import { listPanelRecords } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { canWriteClinical } from '../../access/policy.js';
import { withPatientAccess } from '../../access/with-patient-access.js';
import { decisionSupportInput } from './decision-support-input.js';

const iso = (ms: number): string => new Date(ms).toISOString();

function cowsRef(result: CowsResultInput | null) {
  return result === null ? null : { id: result.id, total: result.total, assessedAt: iso(result.assessedAtMs) };
}

/**
 * `GET /api/patients/:id/decision-support`: the medication decision-support panel's current items
 * (induction gate and dose band, alpha-2 hold checks, lofexidine ceilings, naltrexone washout,
 * co-use warnings) and the buprenorphine induction log over the patient's current orders, doses given, COWS, DSM-5 KUD and vitals, at
 * the server's time. Clinicians with access only (the writers of clinical records): the panel
 * speaks of doses, and no dosing text goes to patients or family. 404 for everyone else, one audit
 * row per read. It suggests; nothing becomes an order.
 *
 * @param app - The app (with a database).
 * @see Clinical reference §7 and Appendix C.2 (the rules live in packages/domain/src/treatment)
 */
export function registerGetDecisionSupport(app: App): void {
  app.get(
    '/api/patients/:id/decision-support',
    {
      schema: {
        summary: 'Medication decision support for a patient (clinicians)',
        tags: ['records'],
        params: ZIdParams,
        response: { 200: ZDecisionSupportResponse, 404: ZApiError },
      },
    },
    async (request): Promise<TDecisionSupportResponse> =>
      withPatientAccess(
        app,
        request,
        {
          patientId: request.params.id,
          action: 'decision-support.read',
          resourceType: 'decision-support',
          check: canWriteClinical,
          mode: 'read',
        },
        async (access) => {
          const patientId = access.patient.id;
          const [orders, scored, intakes] = await Promise.all([
            listPanelRecords(access.trx, { patientId, types: [MEDICATIONS.name] }),
            listPanelRecords(access.trx, { patientId, types: [ASSESSMENTS.name, VITALS.name] }),
            // Apart, so a long history of scores never pushes the current intake out of the read's bound.
            listPanelRecords(access.trx, { patientId, types: [INTAKE.name] }),
          ]);
          const observations = [...scored, ...intakes];
          const given = await listPanelRecords(access.trx, {
            patientId,
            types: orders.flatMap((order) => [
              storedRecordType(MEDICATION_ADMINISTRATIONS, order.id),
              storedRecordType(NALTREXONE_OVERRIDES, order.id),
            ]),
          });
          const nowMs = Date.parse(access.at);
          const input = decisionSupportInput(orders, given, observations);
          const panel = buildDecisionSupportPanel(input, nowMs);
          const log = buildInductionLog(input.administrations, input.cows);
          if (isTreatmentInvalid(panel) || isTreatmentInvalid(log)) {
            // Every stored body passed the same domain checks on the way in: this is a server fault.
            throw new Error('Stored records the decision-support rules refuse');
          }
          return {
            at: access.at,
            disclaimerKey: panel.disclaimerKey,
            items: panel.items.map((item) => ({
              ...item,
              notes: item.notes.map((note) => ({ key: note.key, values: note.values })),
              basis: [...item.basis],
              sourceIds: [...item.sourceIds],
            })),
            inductionLog: log.map((entry) => ({
              administrationId: entry.administrationId,
              givenAt: iso(entry.givenAtMs),
              doseMg: entry.doseMg,
              cowsBefore: cowsRef(entry.cowsBefore),
              cowsAfter: cowsRef(entry.cowsAfter),
            })),
            // The current intake records kratom use and other substances (none listed is a recorded "none").
            notRecorded: intakes.length > 0 ? [] : [...DECISION_SUPPORT_NOT_RECORDED],
          };
        },
      ),
  );
}
