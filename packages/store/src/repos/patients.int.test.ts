import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertTestUser } from '../testing/fixtures.js';
import { createScratchDatabase, scratchTargets, type ScratchDatabase } from '../testing/scratch-database.js';
import { createFacility } from './facilities.js';
import { encodeCursor, InvalidCursorError } from '../keyset.js';
import {
  createPatient,
  getPatient,
  getPatientByUserId,
  linkPatientUser,
  updatePatient,
  type PatientRecord,
} from './patients.js';
import { listVisiblePatients, PATIENT_SORT_FIELDS, type PatientSortField } from './visible-patients.js';

const T0 = '2026-11-28T16:00:00.000Z';
const T1 = '2026-11-28T17:00:00.000Z';

/** Compares as the databases' default text collation does for these plain ASCII names and ids. */
function compare(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}

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

  it('walks every page of every sort in both orders, each patient exactly once, ties broken by id', async () => {
    const names = [
      ['Cam', 'Brook'],
      ['Ava', 'Abbot'],
      ['Bo', 'Cole'],
      ['Dee', 'Abbot'],
      ['Eve', 'Abbot'],
      ['Ava', 'Zimmer'],
    ] as const;
    for (const [given, family] of names) {
      // The same creation time for all: the created-at sort is all ties, decided by id.
      await createPatient(scratch.db, {
        facilityId,
        givenName: given,
        familyName: family,
        createdBy: clinician,
        at: T0,
      });
    }
    const scope = { kind: 'facilities', facilityIds: [facilityId] } as const;
    for (const sort of PATIENT_SORT_FIELDS) {
      for (const order of ['asc', 'desc'] as const) {
        const seen: PatientRecord[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const page = await listVisiblePatients(scratch.db, scope, { limit: 2, cursor, sort, order });
          expect(page.rows.length, `${sort} ${order}`).toBeLessThanOrEqual(2);
          seen.push(...page.rows);
          cursor = page.nextCursor;
          pages += 1;
        } while (cursor !== null && pages < 10);
        expect(new Set(seen.map((p) => p.id)).size, `${sort} ${order}`).toBe(names.length);
        expect(seen, `${sort} ${order}`).toHaveLength(names.length);
        const column = {
          familyName: 'familyName',
          givenName: 'givenName',
          createdAt: 'createdAt',
          updatedAt: 'updatedAt',
        }[sort] as keyof PatientRecord;
        const keys = seen.map((p) => [String(p[column]), p.id] as const);
        const sorted = [...keys].sort(([a, x], [b, y]) => (a === b ? compare(x, y) : compare(a, b)));
        expect(keys, `${sort} ${order}`).toEqual(order === 'asc' ? sorted : sorted.reverse());
      }
    }
  });

  it('searches given and family names, case-insensitive, with LIKE wildcards taken literally', async () => {
    for (const [given, family] of [
      ['Ava', 'Abbot'],
      ['Bo', 'Savage'],
      ['Cam', '50%_Test'],
    ] as const) {
      await createPatient(scratch.db, { facilityId, givenName: given, familyName: family, createdBy: clinician });
    }
    const scope = { kind: 'facilities', facilityIds: [facilityId] } as const;
    const search = async (q: string): Promise<string[]> =>
      (await listVisiblePatients(scratch.db, scope, { limit: 10, sort: 'familyName', order: 'asc', q })).rows.map(
        (p) => p.givenName,
      );
    expect(await search('AV')).toEqual(['Ava', 'Bo']);
    expect(await search('abb')).toEqual(['Ava']);
    expect(await search('%')).toEqual(['Cam']);
    expect(await search('_t')).toEqual(['Cam']);
    expect(await search('nobody')).toEqual([]);
  });

  it('refuses a cursor made for another list', async () => {
    const scope = { kind: 'facilities', facilityIds: [facilityId] } as const;
    const request = { limit: 10, sort: 'familyName', order: 'asc', cursor: encodeCursor(['only-one-value']) } as const;
    await expect(listVisiblePatients(scratch.db, scope, request)).rejects.toThrow(InvalidCursorError);
  });

  it('refuses a sort field outside the allowlist instead of passing it to SQL', async () => {
    const request = {
      limit: 10,
      sort: 'email; drop table patient' as PatientSortField,
      order: 'asc' as const,
    };
    await expect(listVisiblePatients(scratch.db, { kind: 'none' }, request)).rejects.toThrow(RangeError);
  });
});
