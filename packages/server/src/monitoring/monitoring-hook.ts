import type { AnyRecordType } from '@kratom-care/contracts';
import type { MonitoringSettings } from '@kratom-care/domain';
import type { Executor } from '@kratom-care/store';
import { feedsMonitoring } from './monitoring-sources.js';
import { refreshPatientMonitoring } from './refresh-patient-monitoring.js';

/**
 * The record platform's one call after a write (create, update, entered in error): when the type
 * feeds the monitoring summary, the patient's summary is rewritten in the same transaction, so the
 * dashboard and the board never show a state the records do not (decision 0024). Other types cost
 * nothing.
 *
 * @param trx - The write's transaction.
 * @param type - The declared type written.
 * @param patientId - The patient.
 * @param at - The write's time, ISO-8601 UTC.
 * @param settings - The due-time settings (`app.monitoringSettings`).
 */
export async function refreshMonitoringAfterWrite(
  trx: Executor,
  type: Pick<AnyRecordType, 'name'>,
  patientId: string,
  at: string,
  settings: MonitoringSettings,
): Promise<void> {
  if (feedsMonitoring(type)) {
    await refreshPatientMonitoring(trx, patientId, at, settings);
  }
}
