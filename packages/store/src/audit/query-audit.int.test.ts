import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createScratchDatabase, scratchTargets, type ScratchDatabase } from '../testing/scratch-database.js';
import { appendAudit } from './append-audit.js';
import { testAuditKey } from '../testing/audit-key.js';
import type { AuditEventInput } from './audit-record.js';
import { createFacility } from '../repos/facilities.js';
import { createPatient } from '../repos/patients.js';
import { InvalidCursorError } from '../keyset.js';
import { insertTestUser } from '../testing/fixtures.js';
import { queryAudit } from './query-audit.js';

const EVENT: AuditEventInput = {
  actorUserId: 'clinician-1',
  actorRole: 'clinician',
  action: 'patient.read',
  patientId: 'patient-1',
  resourceType: 'patient',
  outcome: 'allowed',
  requestId: 'req-1',
  clientIp: '127.0.0.1',
};

const PATIENT = { givenName: 'Ava', familyName: 'Testpatient', createdBy: 'clinician-1' };

describe.each(scratchTargets(process.env.DATABASE_URL))('audit search on $kind', (target) => {
  let scratch: ScratchDatabase;

  beforeEach(async () => {
    scratch = await createScratchDatabase(target);
  });

  afterEach(async () => {
    await scratch.dispose();
  });

  it('searches by patient, actor, time window, action, outcome and break-glass, newest first, paged by cursor', async () => {
    const at = (hour: number): string => `2026-11-28T${String(hour).padStart(2, '0')}:00:00.000Z`;
    await appendAudit(scratch.db, testAuditKey(), { ...EVENT, id: 'e1', at: at(9) });
    await appendAudit(scratch.db, testAuditKey(), {
      ...EVENT,
      id: 'e2',
      at: at(10),
      patientId: 'patient-2',
      outcome: 'not-found',
    });
    await appendAudit(scratch.db, testAuditKey(), {
      ...EVENT,
      id: 'e3',
      at: at(11),
      actorUserId: 'clinician-2',
      breakGlass: true,
    });
    await appendAudit(scratch.db, testAuditKey(), { ...EVENT, id: 'e4', at: at(12), action: 'patient.update' });
    const ids = async (filters: Parameters<typeof queryAudit>[1]): Promise<string[]> =>
      (await queryAudit(scratch.db, filters, { limit: 50 })).rows.map((event) => event.id);

    expect(await ids({})).toEqual(['e4', 'e3', 'e2', 'e1']);
    expect(await ids({ patientId: 'patient-1' })).toEqual(['e4', 'e3', 'e1']);
    expect(await ids({ actorUserId: 'clinician-2' })).toEqual(['e3']);
    expect(await ids({ from: at(10), to: at(12) })).toEqual(['e3', 'e2']);
    expect(await ids({ action: 'patient.update' })).toEqual(['e4']);
    expect(await ids({ outcome: 'not-found' })).toEqual(['e2']);
    expect(await ids({ breakGlass: true })).toEqual(['e3']);
    expect(await ids({ breakGlass: false, patientId: 'patient-1' })).toEqual(['e4', 'e1']);

    const first = await queryAudit(scratch.db, { patientId: 'patient-1' }, { limit: 2 });
    expect(first.rows.map((event) => event.id)).toEqual(['e4', 'e3']);
    expect(first.nextCursor).not.toBeNull();
    const second = await queryAudit(scratch.db, { patientId: 'patient-1' }, { limit: 2, cursor: first.nextCursor });
    expect(second).toMatchObject({ nextCursor: null, rows: [{ id: 'e1', breakGlass: false }] });
    expect(second.rows).toHaveLength(1);
    await expect(queryAudit(scratch.db, {}, { limit: 2, cursor: 'bm90LWEtY3Vyc29y' })).rejects.toThrow(
      InvalidCursorError,
    );
  });

  it('scopes to facilities: rows whose actor acted there or whose patient belongs there', async () => {
    await createFacility(scratch.db, {
      id: 'facility-a',
      name: 'Fictional Clinic A',
      region: 'Test',
      address: '1 Test St',
    });
    await createFacility(scratch.db, {
      id: 'facility-b',
      name: 'Fictional Clinic B',
      region: 'Test',
      address: '2 Test St',
    });
    await createPatient(scratch.db, { ...PATIENT, id: 'patient-a', facilityId: 'facility-a' });
    await createPatient(scratch.db, { ...PATIENT, id: 'patient-b', facilityId: 'facility-b' });
    await appendAudit(scratch.db, testAuditKey(), {
      ...EVENT,
      id: 'e1',
      actorFacilityId: 'facility-a',
      patientId: 'patient-b',
    });
    await appendAudit(scratch.db, testAuditKey(), {
      ...EVENT,
      id: 'e2',
      actorFacilityId: 'facility-b',
      patientId: 'patient-b',
    });
    await appendAudit(scratch.db, testAuditKey(), {
      ...EVENT,
      id: 'e3',
      actorFacilityId: null,
      patientId: 'patient-a',
    });
    await appendAudit(scratch.db, testAuditKey(), {
      ...EVENT,
      id: 'e4',
      actorFacilityId: null,
      patientId: null,
      action: 'auth.sign-in',
    });
    const search = async (facilityIds: string[]) =>
      (await queryAudit(scratch.db, { facilityIds }, { limit: 50 })).rows.map((event) => event.id);

    expect(await search(['facility-a'])).toEqual(['e3', 'e1']);
    expect(await search(['facility-b'])).toEqual(['e2', 'e1']);
    expect(await search(['facility-a', 'facility-b'])).toEqual(['e3', 'e2', 'e1']);
    expect(await queryAudit(scratch.db, { facilityIds: [] }, { limit: 50 })).toEqual({ rows: [], nextCursor: null });
  });

  it("names each row's actor and patient, and leaves the names null where there is none", async () => {
    await insertTestUser(scratch.db, { id: 'clinician-1', name: 'Casey Testclinician', email: 'casey@example.test' });
    await createPatient(scratch.db, { ...PATIENT, id: 'patient-1', facilityId: null });
    await appendAudit(scratch.db, testAuditKey(), { ...EVENT, id: 'e1' });
    await appendAudit(scratch.db, testAuditKey(), { ...EVENT, id: 'e2', actorUserId: null, patientId: null });
    const rows = (await queryAudit(scratch.db, {}, { limit: 50 })).rows;
    expect(rows.map(({ id, actorName, patientName }) => ({ id, actorName, patientName }))).toEqual([
      { id: 'e2', actorName: null, patientName: null },
      { id: 'e1', actorName: 'Casey Testclinician', patientName: 'Ava Testpatient' },
    ]);
  });
});
