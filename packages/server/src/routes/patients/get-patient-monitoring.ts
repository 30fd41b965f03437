import {
  ZApiError,
  ZIdParams,
  ZPatientMonitoringResponse,
  type TPatientMonitoringResponse,
} from '@kratom-care/contracts';
import { getMonitoredPatient } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { canWriteClinical } from '../../access/policy.js';
import { notFound, withPatientAccess } from '../../access/with-patient-access.js';
import { monitoredPatientView } from '../../monitoring/monitored-patient-view.js';

/**
 * `GET /api/patients/:id/monitoring`: the patient's stored monitoring summary (decision 0024) as the
 * monitoring board answers it: the next score's due time and rule, computed on write with the
 * deployment's settings, and whether it is overdue at the server's time. The chart's Withdrawal tab
 * reads it, so the tab and the board never show two due times (decision 0036). Clinicians with
 * access only, like the board and the decision-support panel; 404 for everyone else; one audit row
 * per read (`patient-monitoring.read`).
 *
 * @param app - The app (database, clock, monitoring settings).
 */
export function registerGetPatientMonitoring(app: App): void {
  app.get(
    '/api/patients/:id/monitoring',
    {
      schema: {
        summary: "A patient's withdrawal-monitoring summary: next score due (clinicians)",
        tags: ['monitoring'],
        params: ZIdParams,
        response: { 200: ZPatientMonitoringResponse, 404: ZApiError },
      },
    },
    async (request): Promise<TPatientMonitoringResponse> =>
      withPatientAccess(
        app,
        request,
        {
          patientId: request.params.id,
          action: 'patient-monitoring.read',
          resourceType: 'patient-monitoring',
          check: canWriteClinical,
          mode: 'read',
        },
        async (access) => {
          const row = await getMonitoredPatient(access.trx, access.patient.id);
          if (row === undefined) {
            // The access check just loaded this patient; gone since is the same 404 as never there.
            throw notFound();
          }
          const settings = app.monitoringSettings;
          return { ...monitoredPatientView(row, access.at, settings), at: access.at, settings };
        },
      ),
  );
}
