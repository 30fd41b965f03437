import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDatabase } from '../create-database.js';
import { createScratchDatabase, scratchTargets, type ScratchDatabase } from '../testing/scratch-database.js';
import { testAuditKey } from '../testing/audit-key.js';
import { appendAudit } from './append-audit.js';
import type { AuditEventInput } from './audit-record.js';
import { AuditWriter } from './audit-writer.js';
import { verifyAuditChain } from './verify-audit-chain.js';

const KEY = testAuditKey();

const EVENT: AuditEventInput = {
  at: '2026-11-28T16:00:00.000Z',
  actorUserId: 'clinician-1',
  actorRole: 'clinician',
  actorFacilityId: 'facility-1',
  action: 'patient.read',
  patientId: 'patient-1',
  resourceType: 'patient',
  resourceId: 'patient-1',
  outcome: 'allowed',
  requestId: 'req-1',
  clientIp: '127.0.0.1',
};

describe.each(scratchTargets(process.env.DATABASE_URL))('audit group commit on $kind', (target) => {
  let scratch: ScratchDatabase;

  async function auditRows(): Promise<{ id: string; seq: number }[]> {
    return scratch.db.selectFrom('audit_event').select(['id', 'seq']).orderBy('seq').execute();
  }

  beforeEach(async () => {
    scratch = await createScratchDatabase(target);
  });

  afterEach(async () => {
    await scratch.dispose();
  });

  it('commits the rows queued in one event-loop turn with one insert, each resolving once committed', async () => {
    const writer = new AuditWriter(scratch.db, KEY);
    const insert = vi.spyOn(scratch.db, 'insertInto');
    const records = await Promise.all(
      Array.from({ length: 60 }, (_, index) => writer.append({ ...EVENT, id: `read-${index}` })),
    );
    expect(insert).toHaveBeenCalledTimes(1);
    expect(records.map((record) => record.seq)).toEqual(Array.from({ length: 60 }, (_, index) => index + 1));
    expect((await auditRows()).map((row) => row.id)).toEqual(records.map((record) => record.id));
    expect(await verifyAuditChain(scratch.db, KEY)).toMatchObject({ ok: true, count: 60, headSeq: 60 });
  });

  it('splits a long queue into batches of at most maxBatch rows, one after another', async () => {
    const writer = new AuditWriter(scratch.db, KEY, { maxBatch: 7 });
    const insert = vi.spyOn(scratch.db, 'insertInto');
    await Promise.all(Array.from({ length: 30 }, (_, index) => writer.append({ ...EVENT, id: `read-${index}` })));
    expect(insert).toHaveBeenCalledTimes(5);
    expect(await verifyAuditChain(scratch.db, KEY)).toMatchObject({ ok: true, count: 30 });
  });

  it('loses and duplicates nothing when another instance and in-transaction writes append at the same time', async () => {
    // A second handle is a second pool (PostgreSQL) or connection (SQLite): a second app instance.
    const secondDb = createDatabase(scratch.config);
    try {
      const first = new AuditWriter(scratch.db, KEY, { maxBatch: 5 });
      const second = new AuditWriter(secondDb, KEY, { maxBatch: 5 });
      const appended: Promise<unknown>[] = [];
      for (let round = 0; round < 8; round += 1) {
        for (let index = 0; index < 10; index += 1) {
          const id = `r${round}-${index}`;
          appended.push((index % 2 === 0 ? first : second).append({ ...EVENT, id: `read-${id}` }));
        }
        appended.push(
          scratch.db.transaction().execute((trx) => appendAudit(trx, KEY, { ...EVENT, id: `write-${round}` })),
        );
        // Let batches go out between rounds, so the writers' remembered heads go stale.
        await new Promise((resolve) => setImmediate(resolve));
      }
      await Promise.all(appended);
      const rows = await auditRows();
      expect(rows).toHaveLength(88);
      expect(new Set(rows.map((row) => row.id)).size).toBe(88);
      expect(await verifyAuditChain(scratch.db, KEY)).toMatchObject({ ok: true, count: 88, headSeq: 88 });
    } finally {
      await secondDb.destroy();
    }
  });

  it('rejects only the row the database refuses, and writes the rest of its batch', async () => {
    const writer = new AuditWriter(scratch.db, KEY);
    const bad = { ...EVENT, id: 'bad', outcome: 'maybe' } as unknown as AuditEventInput;
    const results = await Promise.allSettled([
      writer.append({ ...EVENT, id: 'good-1' }),
      writer.append(bad),
      writer.append({ ...EVENT, id: 'good-2' }),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await auditRows()).map((row) => row.id)).toEqual(['good-1', 'good-2']);
    expect(await verifyAuditChain(scratch.db, KEY)).toMatchObject({ ok: true, count: 2 });
  });

  it('writes what is queued on close and refuses rows after it', async () => {
    const writer = new AuditWriter(scratch.db, KEY);
    const queued = writer.append({ ...EVENT, id: 'last' });
    await writer.close();
    await expect(queued).resolves.toMatchObject({ id: 'last', seq: 1 });
    await expect(writer.append(EVENT)).rejects.toThrow('closed');
  });

  it('never resolves a row whose commit failed', async () => {
    const writer = new AuditWriter(scratch.db, KEY);
    vi.spyOn(scratch.db, 'insertInto').mockImplementation(() => {
      throw new Error('disk I/O error');
    });
    const results = await Promise.allSettled([writer.append(EVENT), writer.append({ ...EVENT, id: 'second' })]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    vi.restoreAllMocks();
    expect(await auditRows()).toEqual([]);
  });
});
