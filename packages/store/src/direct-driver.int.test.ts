import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFacility } from './repos/facilities.js';
import { loadPatientWithAccessRows } from './repos/patient-access.js';
import { createPatient } from './repos/patients.js';
import { insertTestUser } from './testing/fixtures.js';
import { createScratchDatabase, scratchTargets, type ScratchDatabase } from './testing/scratch-database.js';

/*
 * The hot path's direct driver calls (direct-driver.ts) must read exactly what Kysely would: the
 * committed state, never a transaction's uncommitted rows (on SQLite the app has ONE connection,
 * so a statement run while a transaction is open on it would read inside that transaction).
 */
describe.each(scratchTargets(process.env.DATABASE_URL))('direct driver reads on $kind', (target) => {
  let scratch: ScratchDatabase;

  beforeEach(async () => {
    scratch = await createScratchDatabase(target);
  });

  afterEach(async () => {
    await scratch.dispose();
  });

  async function clinicianAndFacility() {
    const facility = await createFacility(scratch.db, {
      name: 'Test Clinic',
      region: 'Test Region',
      address: '1 Example Road',
    });
    const clinician = await insertTestUser(scratch.db, { name: 'Test Clinician', email: 'direct-driver@example.test' });
    return { facilityId: facility.id, clinician };
  }

  function readPatient(patientId: string, userId: string) {
    return loadPatientWithAccessRows(scratch.db, {
      userId,
      patientId,
      careTeam: true,
      breakGlass: true,
      consents: true,
    });
  }

  it('never reads a patient that an open transaction inserted and then rolled back', async () => {
    const { facilityId, clinician } = await clinicianAndFacility();
    let pending: ReturnType<typeof readPatient> | undefined;
    const rolledBack = new Error('roll back');
    await expect(
      scratch.db.transaction().execute(async (trx) => {
        const patient = await createPatient(trx, {
          facilityId,
          givenName: 'Sample',
          familyName: 'Uncommitted',
          createdBy: clinician,
        });
        // Started while the transaction is open and not awaited inside it (on SQLite it waits for it).
        pending = readPatient(patient.id, clinician);
        pending.catch(() => undefined);
        throw Object.assign(rolledBack, { patientId: patient.id });
      }),
    ).rejects.toBe(rolledBack);
    expect(pending).toBeDefined();
    expect((await pending)?.patient).toBeUndefined();
  });

  it('reads a committed patient on the handle as a transaction reads it', async () => {
    const { facilityId, clinician } = await clinicianAndFacility();
    const patient = await createPatient(scratch.db, {
      facilityId,
      givenName: 'Sample',
      familyName: 'Committed',
      createdBy: clinician,
    });
    const direct = await readPatient(patient.id, clinician);
    const inTransaction = await scratch.db.transaction().execute((trx) =>
      loadPatientWithAccessRows(trx, {
        userId: clinician,
        patientId: patient.id,
        careTeam: true,
        breakGlass: true,
        consents: true,
      }),
    );
    expect(direct.patient?.familyName).toBe('Committed');
    expect(direct).toEqual(inTransaction);
  });
});
