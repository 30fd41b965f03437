import { createClinicalRecord } from '@kratom-care/store';
import { describe, expect, it } from 'vitest';
import { PATIENT_A, PATIENT_B, USERS } from '../test/access-world.js';
import { TEST_TARGETS } from '../test/auth-fixtures.js';
import { useAccessWorld } from '../test/use-access-world.js';
import { DEFAULT_MONITORING_SETTINGS } from '@kratom-care/domain';
import { BACKFILL_KEY, backfillPatientMonitoring } from './monitoring-backfill.js';

/*
 * Records stored before migration 0009 (or before a change of the summary's rules) have no summary:
 * the start-up backfill computes one per patient with records, once per rules version.
 */

const SOWS_BODY = {
  instrumentId: 'sows',
  instrumentVersion: '1987-kratom-adapted.1',
  answers: {},
  total: 20,
  bandId: null,
  flags: [],
};

describe.each(TEST_TARGETS)('monitoring backfill on $kind', (target) => {
  const world = useAccessWorld(target);

  it('writes a summary for each patient with records, then nothing on the next start', async () => {
    const db = world().scratch.db;
    const at = new Date(Date.now() - 60_000).toISOString();
    // A legacy SOWS stored without a subtype, as before migration 0009 (and never through the platform).
    await createClinicalRecord(db, {
      patientId: PATIENT_A,
      type: 'assessments',
      recordedAt: at,
      recordedBy: USERS['clinician-on-care-team'],
      body: SOWS_BODY,
      at,
    });
    await db
      .updateTable('clinical_record')
      .set({ subtype: 'sows-kratom-adapted' })
      .where('patient_id', '=', PATIENT_A)
      .execute();
    await db.deleteFrom('app_meta').where('key', '=', BACKFILL_KEY).execute();
    const now = () => new Date();
    const withRecords = await db
      .selectFrom('clinical_record')
      .select('patient_id')
      .distinct()
      .where('type', '=', 'assessments')
      .execute();
    expect(await backfillPatientMonitoring(db, now, DEFAULT_MONITORING_SETTINGS)).toBe(withRecords.length);
    const rows = await db.selectFrom('patient_monitoring').selectAll().execute();
    expect(rows.map((row) => row.patient_id).sort()).toEqual(withRecords.map((row) => row.patient_id).sort());
    const a = rows.find((row) => row.patient_id === PATIENT_A);
    expect([a?.latest_score_instrument, a?.latest_score_total]).toEqual(['sows-kratom-adapted', 20]);
    expect(rows.some((row) => row.patient_id === PATIENT_B)).toBe(
      withRecords.some((row) => row.patient_id === PATIENT_B),
    );
    expect(await backfillPatientMonitoring(db, now, DEFAULT_MONITORING_SETTINGS)).toBe(0);
  });
});
