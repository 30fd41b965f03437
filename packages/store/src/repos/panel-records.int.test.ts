import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertTestUser } from '../testing/fixtures.js';
import { createScratchDatabase, scratchTargets, type ScratchDatabase } from '../testing/scratch-database.js';
import { createClinicalRecord, markClinicalRecordEnteredInError } from './clinical-records.js';
import { createFacility } from './facilities.js';
import { createPatient } from './patients.js';
import { listPanelRecords } from './panel-records.js';

const NOW = '2026-11-28T16:00:00.000Z';

describe.each(scratchTargets(process.env.DATABASE_URL))('panel records on $kind', (target) => {
  let scratch: ScratchDatabase;
  let clinician: string;
  let patientId: string;
  let otherPatientId: string;

  beforeEach(async () => {
    scratch = await createScratchDatabase(target);
    clinician = await insertTestUser(scratch.db, { name: 'Dr. Rowan Example' });
    const facilityId = (await createFacility(scratch.db, { name: 'Riverbend', region: 'N', address: '1 Test Way' })).id;
    const patient = (familyName: string) =>
      createPatient(scratch.db, { facilityId, givenName: 'Sam', familyName, createdBy: clinician });
    patientId = (await patient('Sample')).id;
    otherPatientId = (await patient('Other')).id;
  });

  afterEach(async () => {
    await scratch.dispose();
  });

  function create(type: string, recordedAt: string, patient = patientId) {
    return createClinicalRecord(scratch.db, {
      patientId: patient,
      type,
      recordedAt,
      recordedBy: clinician,
      body: { type, recordedAt },
      at: NOW,
    });
  }

  it('reads the current records of the given types of one patient, newest first, without entered-in-error ones', async () => {
    const older = await create('vitals', '2026-11-20T08:00:00.000Z');
    const newer = await create('medications/m-1/administrations', '2026-11-21T08:00:00.000Z');
    const wrong = await create('vitals', '2026-11-22T08:00:00.000Z');
    await markClinicalRecordEnteredInError(scratch.db, {
      patientId,
      type: 'vitals',
      id: wrong.id,
      reason: 'Typed for the wrong patient',
      by: clinician,
      at: NOW,
    });
    await create('medications/m-2/administrations', '2026-11-23T08:00:00.000Z');
    await create('vitals', '2026-11-24T08:00:00.000Z', otherPatientId);

    const read = await listPanelRecords(scratch.db, {
      patientId,
      types: ['vitals', 'medications/m-1/administrations'],
    });
    expect(read).toEqual([
      { id: newer.id, type: newer.type, recordedAt: newer.recordedAt, body: newer.body },
      { id: older.id, type: 'vitals', recordedAt: older.recordedAt, body: older.body },
    ]);
    expect(await listPanelRecords(scratch.db, { patientId, types: [] })).toEqual([]);
  });
});
