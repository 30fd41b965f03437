import type { MonitoringSettings } from '@kratom-care/domain';
import { getAppMeta, patientsWithRecords, putAppMeta, withTransaction, type AppDatabase } from '@kratom-care/store';
import { MONITORING_SOURCE_STORED_TYPES } from './monitoring-sources.js';
import { refreshPatientMonitoring } from './refresh-patient-monitoring.js';

/**
 * The app_meta key set once every patient's summary has been computed with the current rules; a
 * change of the rules bumps its value, so the next start recomputes every summary.
 */
export const BACKFILL_KEY = 'patient_monitoring_backfill';
/** The rules the stored summaries were computed with (bump when the summary's computation changes). */
export const BACKFILL_VERSION = '1';
/**
 * What the mark records: the rules version and the settings the summaries were computed with, so a
 * change of either recomputes them on the next start.
 *
 * @param settings - The due-time settings.
 * @returns The `app_meta` value.
 */
export function backfillMark(settings: MonitoringSettings): string {
  return [
    BACKFILL_VERSION,
    settings.intervalHours,
    settings.activeWithdrawalMinCows,
    settings.postDoseIntervalHours,
  ].join('|');
}

/** Patients per page; each patient's summary is written in its own short transaction. */
const PAGE = 100;

/**
 * Computes the summary of every patient with records that feed it, once per rules version: after
 * migration 0009 on a database with records, and after a change of the rules. Safe to run on several
 * instances at once (each refresh rewrites the row from the records); writes between pages are
 * refreshed by their own transaction anyway.
 *
 * @param db - The database.
 * @param now - The clock.
 * @param settings - The due-time settings.
 * @returns How many summaries were written (0 when already done).
 */
export async function backfillPatientMonitoring(
  db: AppDatabase,
  now: () => Date,
  settings: MonitoringSettings,
): Promise<number> {
  const mark = backfillMark(settings);
  if ((await getAppMeta(db, BACKFILL_KEY)) === mark) {
    return 0;
  }
  let after = '';
  let written = 0;
  for (;;) {
    const page = await patientsWithRecords(db, { types: MONITORING_SOURCE_STORED_TYPES, after, limit: PAGE });
    for (const patientId of page) {
      await withTransaction(db, (trx) => refreshPatientMonitoring(trx, patientId, now().toISOString(), settings));
    }
    written += page.length;
    const last = page.at(-1);
    if (last === undefined || page.length < PAGE) {
      break;
    }
    after = last;
  }
  await putAppMeta(db, { key: BACKFILL_KEY, value: mark, at: now().toISOString() }, 'replace');
  return written;
}
