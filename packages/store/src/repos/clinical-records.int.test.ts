import { Migrator, sql, type KyselyPlugin } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidCursorError } from '../keyset.js';
import { migrationProvider } from '../migrations/index.js';
import { insertTestUser } from '../testing/fixtures.js';
import { createScratchDatabase, scratchTargets, type ScratchDatabase } from '../testing/scratch-database.js';
import {
  createClinicalRecord,
  getClinicalRecord,
  listClinicalRecords,
  markClinicalRecordEnteredInError,
  updateClinicalRecord,
  type ClinicalRecord,
} from './clinical-records.js';
import { createFacility } from './facilities.js';
import { createPatient } from './patients.js';

const NOW = '2026-11-28T16:00:00.000Z';
const TIE = '2026-11-20T08:00:00.000Z';

describe.each(scratchTargets(process.env.DATABASE_URL))('clinical records on $kind', (target) => {
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

  function create(recordedAt: string, body: unknown = { heartRate: 80 }, type = 'vitals', patient = patientId) {
    return createClinicalRecord(scratch.db, {
      patientId: patient,
      type,
      recordedAt,
      recordedBy: clinician,
      body,
      at: NOW,
    });
  }

  it('stores a record with its JSON body and reads it back with the recorder’s name, only under its patient and type', async () => {
    const record = await create(TIE, { takenAt: TIE, heartRate: 72, temperature: 36.9 });
    expect(record).toMatchObject({
      patientId,
      type: 'vitals',
      version: 1,
      status: 'final',
      recordedAt: TIE,
      recordedBy: clinician,
      recordedByName: 'Dr. Rowan Example',
      body: { takenAt: TIE, heartRate: 72, temperature: 36.9 },
      createdAt: NOW,
      updatedAt: NOW,
      enteredInError: null,
    });
    expect(await getClinicalRecord(scratch.db, { patientId, type: 'vitals', id: record.id })).toEqual(record);
    expect(await getClinicalRecord(scratch.db, { patientId: otherPatientId, type: 'vitals', id: record.id })).toBe(
      undefined,
    );
    expect(await getClinicalRecord(scratch.db, { patientId, type: 'assessments', id: record.id })).toBe(undefined);
  });

  it('pages over many records sharing one recorded_at without repeating or skipping any, in both orders', async () => {
    const created: ClinicalRecord[] = [];
    for (let index = 0; index < 7; index += 1) {
      created.push(await create(TIE));
    }
    created.push(await create('2026-11-19T08:00:00.000Z'), await create('2026-11-21T08:00:00.000Z'));
    await create(TIE, {}, 'vitals', otherPatientId);
    await create(TIE, {}, 'assessments');

    for (const order of ['desc', 'asc'] as const) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page = await listClinicalRecords(scratch.db, { patientId, type: 'vitals', order, limit: 2, cursor });
        expect(page.rows.length).toBeLessThanOrEqual(2);
        seen.push(...page.rows.map((row) => row.id));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor !== null && pages < 20);
      // Ascending by (recorded_at, id); the timestamps have one fixed width, so the joined text sorts alike.
      const key = (row: ClinicalRecord) => `${row.recordedAt}|${row.id}`;
      const expected = [...created].sort((a, b) => (key(a) < key(b) ? -1 : 1)).map((row) => row.id);
      expect(seen).toEqual(order === 'asc' ? expected : [...expected].reverse());
      expect(pages).toBe(5);
    }
  });

  it('reads a page with its recorders’ names in one query, however many recorders it names', async () => {
    for (let index = 0; index < 6; index += 1) {
      const recorder = await insertTestUser(scratch.db, { name: `Recorder ${index}` });
      await createClinicalRecord(scratch.db, {
        patientId,
        type: 'vitals',
        recordedAt: TIE,
        recordedBy: recorder,
        body: { heartRate: 60 + index },
        at: NOW,
      });
    }
    let queries = 0;
    const counter: KyselyPlugin = {
      transformQuery: (args) => {
        queries += 1;
        return args.node;
      },
      transformResult: (args) => Promise.resolve(args.result),
    };
    const page = await listClinicalRecords(scratch.db.withPlugin(counter), {
      patientId,
      type: 'vitals',
      order: 'asc',
      limit: 10,
    });
    expect(queries).toBe(1);
    expect(page.rows.map((row) => row.recordedByName).sort()).toEqual([0, 1, 2, 3, 4, 5].map((n) => `Recorder ${n}`));
  });

  it('filters by status and by a time window, and refuses a cursor it did not make', async () => {
    const early = await create('2026-11-01T00:00:00.000Z');
    const middle = await create('2026-11-10T00:00:00.000Z');
    const late = await create('2026-11-20T00:00:00.000Z');
    await markClinicalRecordEnteredInError(scratch.db, {
      patientId,
      type: 'vitals',
      id: middle.id,
      reason: 'Wrong patient',
      by: clinician,
      at: NOW,
    });
    const ids = async (query: object) =>
      (
        await listClinicalRecords(scratch.db, { patientId, type: 'vitals', order: 'desc', limit: 10, ...query })
      ).rows.map((row) => row.id);
    expect(await ids({})).toEqual([late.id, middle.id, early.id]);
    expect(await ids({ status: 'entered-in-error' })).toEqual([middle.id]);
    expect(await ids({ status: 'final' })).toEqual([late.id, early.id]);
    expect(await ids({ from: '2026-11-10T00:00:00.000Z', to: '2026-11-20T00:00:00.000Z' })).toEqual([middle.id]);
    await expect(
      listClinicalRecords(scratch.db, {
        patientId,
        type: 'vitals',
        order: 'desc',
        limit: 10,
        cursor: 'bm90LWEtY3Vyc29y',
      }),
    ).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it('updates only at the version read, one writer winning, and never a record entered in error', async () => {
    const record = await create(TIE);
    const change = { patientId, type: 'vitals', id: record.id, recordedAt: NOW, at: NOW };
    const updated = await updateClinicalRecord(scratch.db, { ...change, expectedVersion: 1, body: { heartRate: 90 } });
    expect(updated).toMatchObject({ version: 2, status: 'amended', body: { heartRate: 90 }, recordedAt: NOW });
    expect(await updateClinicalRecord(scratch.db, { ...change, expectedVersion: 1, body: { heartRate: 99 } })).toBe(
      'stale',
    );
    expect(
      await updateClinicalRecord(scratch.db, { ...change, id: 'missing', expectedVersion: 1, body: { heartRate: 99 } }),
    ).toBe('not-found');
    await markClinicalRecordEnteredInError(scratch.db, { ...change, reason: 'Wrong patient', by: clinician });
    expect(await updateClinicalRecord(scratch.db, { ...change, expectedVersion: 3, body: { heartRate: 99 } })).toBe(
      'entered-in-error',
    );
  });

  it('marks a wrong entry with reason, who and when; keeps the row and its body; refuses to mark it twice', async () => {
    const record = await create(TIE, { heartRate: 180 });
    const key = { patientId, type: 'vitals', id: record.id };
    const marked = await markClinicalRecordEnteredInError(scratch.db, {
      ...key,
      reason: 'Typed 180 for 80',
      by: clinician,
      at: NOW,
      expectedVersion: 1,
    });
    expect(marked).toMatchObject({
      status: 'entered-in-error',
      version: 2,
      body: { heartRate: 180 },
      enteredInError: { reason: 'Typed 180 for 80', by: clinician, byName: 'Dr. Rowan Example', at: NOW },
    });
    expect(
      await markClinicalRecordEnteredInError(scratch.db, { ...key, reason: 'Again', by: clinician, at: NOW }),
    ).toBe('entered-in-error');
    const page = await listClinicalRecords(scratch.db, { ...key, order: 'desc', limit: 10 });
    expect(page.rows.map((row) => [row.id, row.status])).toEqual([[record.id, 'entered-in-error']]);
    // The database itself refuses a marking without its reason.
    await expect(
      sql`update clinical_record set status = 'entered-in-error', entered_in_error_reason = null`.execute(scratch.db),
    ).rejects.toThrow(/check|constraint/i);
  });
});

describe.each(scratchTargets(process.env.DATABASE_URL))('migration 0004 on $kind', (target) => {
  let scratch: ScratchDatabase;

  beforeEach(async () => {
    scratch = await createScratchDatabase(target, { migrate: false });
  });

  afterEach(async () => {
    await scratch.dispose();
  });

  it('copies every assessment into clinical_record with its id, score, answers and flags, then drops the old table', async () => {
    // Pinned to this test's schema like migrateToLatest does: other tests' schemas have bookkeeping tables too.
    const schema =
      scratch.dialect === 'postgres'
        ? ((await sql<{ schema: string }>`select current_schema() as schema`.execute(scratch.db)).rows[0]?.schema ??
          undefined)
        : undefined;
    const migrator = new Migrator({
      db: scratch.db,
      provider: migrationProvider,
      ...(schema === undefined ? {} : { migrationTableSchema: schema }),
    });
    const to0003 = await scratch.keep(() => migrator.migrateTo('0003-organisation-and-records'));
    expect(to0003.error).toBeUndefined();
    const clinician = await insertTestUser(scratch.db, { name: 'Dr. Rowan Example' });
    await sql`insert into patient (id, facility_id, user_id, given_name, family_name, created_by, created_at, updated_at)
      values ('p1', null, null, 'Sam', 'Sample', ${clinician}, ${NOW}, ${NOW})`.execute(scratch.db);
    for (let index = 0; index < 120; index += 1) {
      const id = `a-${String(index).padStart(3, '0')}`;
      await sql`insert into assessment (id, patient_id, instrument_id, instrument_version, answers, total, band_id,
        flags, recorded_by, recorded_at, created_at) values (${id}, 'p1', 'phq9', '1', '{"q1":1,"q9":1}', 2,
        ${index === 0 ? null : 'minimal'}, '["suicidal-ideation"]', ${clinician}, ${TIE}, ${NOW})`.execute(scratch.db);
    }
    await scratch.migrate();

    const first = await getClinicalRecord(scratch.db, { patientId: 'p1', type: 'assessments', id: 'a-000' });
    expect(first).toMatchObject({
      version: 1,
      status: 'final',
      recordedAt: TIE,
      recordedBy: clinician,
      recordedByName: 'Dr. Rowan Example',
      createdAt: NOW,
      body: {
        instrumentId: 'phq9',
        instrumentVersion: '1',
        answers: { q1: 1, q9: 1 },
        total: 2,
        bandId: null,
        flags: ['suicidal-ideation'],
      },
    });
    const count = await scratch.db
      .selectFrom('clinical_record')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(120);
    await expect(sql`select count(*) from assessment`.execute(scratch.db)).rejects.toThrow();
  });
});
