import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertTestUser } from '../testing/fixtures.js';
import { createScratchDatabase, scratchTargets, type ScratchDatabase } from '../testing/scratch-database.js';
import { createFacility } from './facilities.js';
import { createPatient, getPatient, getPatientByUserId, linkPatientUser, updatePatient } from './patients.js';
import { listVisiblePatients, PATIENT_SORT_FIELDS, type PatientSortField } from './visible-patients.js';

const T0 = '2026-11-28T16:00:00.000Z';
const T1 = '2026-11-28T17:00:00.000Z';

describe.each(scratchTargets(process.env.DATABASE_URL))('patients on $kind', (target) => {
  let scratch: ScratchDatabase;
  let facilityId: string;
  let clinician: string;

  beforeEach(async () => {
    scratch = await createScratchDatabase(target);
    facilityId = (await createFacility(scratch.db, { name: 'Riverbend', region: 'North', address: '1 Test Way' })).id;
    clinician = await insertTestUser(scratch.db);
  });

  afterEach(async () => {
    await scratch.dispose();
  });

  it('stores a patient at version 1 and reads it back, absent fields as null', async () => {
    const created = await createPatient(scratch.db, {
      facilityId,
      givenName: 'Alex',
      familyName: 'Sample',
      birthDate: '1990-04-01',
      createdBy: clinician,
      at: T0,
    });

    expect(await getPatient(scratch.db, created.id)).toEqual({
      id: created.id,
      facilityId,
      userId: null,
      givenName: 'Alex',
      familyName: 'Sample',
      birthDate: '1990-04-01',
      email: null,
      phone: null,
      createdBy: clinician,
      createdAt: T0,
      updatedAt: T0,
      version: 1,
    });
    expect(await getPatient(scratch.db, 'missing')).toBeUndefined();
  });

  it('updates only at the expected version: stale after another write, not-found for a missing id', async () => {
    const patient = await createPatient(scratch.db, {
      facilityId,
      givenName: 'Alex',
      familyName: 'Sample',
      createdBy: clinician,
      at: T0,
    });

    const updated = await updatePatient(scratch.db, patient.id, 1, { phone: '555-0100', familyName: 'Example' }, T1);
    expect(updated).toMatchObject({
      version: 2,
      phone: '555-0100',
      familyName: 'Example',
      givenName: 'Alex',
      updatedAt: T1,
    });
    expect(await updatePatient(scratch.db, patient.id, 1, { phone: '555-0199' })).toBe('stale');
    expect(await updatePatient(scratch.db, 'missing', 1, { phone: '555-0199' })).toBe('not-found');
    expect((await getPatient(scratch.db, patient.id))?.phone).toBe('555-0100');
  });

  it('lets exactly one of several concurrent updates at the same version win', async () => {
    const patient = await createPatient(scratch.db, {
      facilityId,
      givenName: 'Alex',
      familyName: 'Sample',
      createdBy: clinician,
    });

    const results = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        scratch.db.transaction().execute((trx) => updatePatient(trx, patient.id, 1, { phone: `555-01${index}0` })),
      ),
    );
    expect(results.filter((result) => typeof result === 'object')).toHaveLength(1);
    expect(results.filter((result) => result === 'stale')).toHaveLength(7);
    expect((await getPatient(scratch.db, patient.id))?.version).toBe(2);
  });

  it('links a user account once and refuses to link it to a second patient', async () => {
    const user = await insertTestUser(scratch.db);
    const first = await createPatient(scratch.db, {
      facilityId,
      givenName: 'A',
      familyName: 'One',
      createdBy: clinician,
    });
    const second = await createPatient(scratch.db, {
      facilityId: null,
      givenName: 'B',
      familyName: 'Two',
      createdBy: user,
    });

    expect(await linkPatientUser(scratch.db, first.id, user, T1)).toMatchObject({
      userId: user,
      version: 2,
      updatedAt: T1,
    });
    expect((await getPatientByUserId(scratch.db, user))?.id).toBe(first.id);
    expect(await linkPatientUser(scratch.db, second.id, user)).toBe('user-already-linked');
    expect(await linkPatientUser(scratch.db, 'missing', await insertTestUser(scratch.db))).toBe('not-found');
  });

  it('pages and sorts by every allowlisted field, with a stable order, missing values last and the full total', async () => {
    for (const [given, family, birth] of [
      ['Cam', 'Brook', '1980-01-01'],
      ['Ava', 'Abbot', '1999-01-01'],
      ['Bo', 'Cole', '1970-01-01'],
      ['Dee', 'Abbot', null],
    ] as const) {
      await createPatient(scratch.db, {
        facilityId,
        givenName: given,
        familyName: family,
        birthDate: birth,
        createdBy: clinician,
      });
    }
    const scope = { kind: 'facilities', facilityIds: [facilityId] } as const;

    const first = await listVisiblePatients(scratch.db, scope, {
      limit: 3,
      offset: 0,
      sort: 'familyName',
      order: 'asc',
    });
    const rest = await listVisiblePatients(scratch.db, scope, {
      limit: 3,
      offset: 3,
      sort: 'familyName',
      order: 'asc',
    });
    expect(first.total).toBe(4);
    expect(rest.total).toBe(4);
    expect([...first.rows, ...rest.rows].map((p) => p.familyName)).toEqual(['Abbot', 'Abbot', 'Brook', 'Cole']);

    const desc = await listVisiblePatients(scratch.db, scope, {
      limit: 10,
      offset: 0,
      sort: 'givenName',
      order: 'desc',
    });
    expect(desc.rows.map((p) => p.givenName)).toEqual(['Dee', 'Cam', 'Bo', 'Ava']);
    const byBirth = async (order: 'asc' | 'desc'): Promise<(string | null)[]> =>
      (await listVisiblePatients(scratch.db, scope, { limit: 10, offset: 0, sort: 'birthDate', order })).rows.map(
        (p) => p.birthDate,
      );
    expect(await byBirth('asc')).toEqual(['1970-01-01', '1980-01-01', '1999-01-01', null]);
    expect(await byBirth('desc')).toEqual(['1999-01-01', '1980-01-01', '1970-01-01', null]);
    for (const sort of PATIENT_SORT_FIELDS) {
      const page = await listVisiblePatients(scratch.db, scope, { limit: 10, offset: 0, sort, order: 'asc' });
      expect(page.rows, sort).toHaveLength(4);
    }
  });

  it('refuses a sort field outside the allowlist instead of passing it to SQL', async () => {
    const request = {
      limit: 10,
      offset: 0,
      sort: 'email; drop table patient' as PatientSortField,
      order: 'asc' as const,
    };
    await expect(listVisiblePatients(scratch.db, { kind: 'none' }, request)).rejects.toThrow(RangeError);
  });
});
