import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDatabase } from '../create-database.js';
import {
  createScratchDatabase,
  scratchTargets,
  type ScratchDatabase,
  type ScratchTarget,
} from '../testing/scratch-database.js';
import { testAuditKey } from '../testing/audit-key.js';
import { appendAudit } from './append-audit.js';
import type { AuditEventInput } from './audit-record.js';
import type { AuditSink } from './audit-sink.js';
import { AuditWriter, createAuditWriter } from './audit-writer.js';
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

/** Each database with each sink it can use: the handle itself, and for a SQLite file the worker thread. */
const CASES: { readonly target: ScratchTarget; readonly sink: 'worker' | 'handle' }[] = scratchTargets(
  process.env.DATABASE_URL,
).flatMap((target): { readonly target: ScratchTarget; readonly sink: 'worker' | 'handle' }[] =>
  target.kind === 'sqlite'
    ? [
        { target, sink: 'worker' as const },
        { target, sink: 'handle' as const },
      ]
    : [{ target, sink: 'handle' as const }],
);

describe.each(CASES)('audit group commit on $target.kind through the $sink', ({ target, sink }) => {
  let scratch: ScratchDatabase;
  const writers: AuditWriter[] = [];

  /** A writer on `db` through this case's sink, closed after the test. */
  function writerOn(db: ScratchDatabase['db'], options: { maxBatch?: number } = {}): AuditWriter {
    const writer = sink === 'worker' ? createAuditWriter(db, KEY, options) : new AuditWriter(db, KEY, options);
    writers.push(writer);
    return writer;
  }

  async function auditRows(): Promise<{ id: string; seq: number }[]> {
    return scratch.db.selectFrom('audit_event').select(['id', 'seq']).orderBy('seq').execute();
  }

  beforeEach(async () => {
    scratch = await createScratchDatabase(target);
  });

  afterEach(async () => {
    await Promise.all(writers.splice(0).map((writer) => writer.close()));
    vi.restoreAllMocks();
    await scratch.dispose();
  });

  it('commits the rows queued in one event-loop turn with one insert, each resolving once committed', async () => {
    const writer = writerOn(scratch.db);
    const records = await Promise.all(
      Array.from({ length: 60 }, (_, index) => writer.append({ ...EVENT, id: `read-${index}` })),
    );
    expect(writer.batches).toBe(1);
    expect(records.map((record) => record.seq)).toEqual(Array.from({ length: 60 }, (_, index) => index + 1));
    expect((await auditRows()).map((row) => row.id)).toEqual(records.map((record) => record.id));
    expect(await verifyAuditChain(scratch.db, KEY)).toMatchObject({ ok: true, count: 60, headSeq: 60 });
  });

  it('splits a long queue into batches of at most maxBatch rows, one after another', async () => {
    const writer = writerOn(scratch.db, { maxBatch: 7 });
    await Promise.all(Array.from({ length: 30 }, (_, index) => writer.append({ ...EVENT, id: `read-${index}` })));
    expect(writer.batches).toBe(5);
    expect(await verifyAuditChain(scratch.db, KEY)).toMatchObject({ ok: true, count: 30 });
  });

  it('loses and duplicates nothing when another instance and in-transaction writes append at the same time', async () => {
    // A second handle is a second pool (PostgreSQL) or connection (SQLite): a second app instance.
    const secondDb = createDatabase(scratch.config);
    try {
      const first = writerOn(scratch.db, { maxBatch: 5 });
      const second = writerOn(secondDb, { maxBatch: 5 });
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
      await Promise.all([first.close(), second.close()]);
      const rows = await auditRows();
      expect(rows).toHaveLength(88);
      expect(new Set(rows.map((row) => row.id)).size).toBe(88);
      expect(await verifyAuditChain(scratch.db, KEY)).toMatchObject({ ok: true, count: 88, headSeq: 88 });
    } finally {
      await secondDb.destroy();
    }
  });

  it('rejects only the row the database refuses, and writes the rest of its batch', async () => {
    const writer = writerOn(scratch.db);
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
    const writer = writerOn(scratch.db);
    const queued = writer.append({ ...EVENT, id: 'last' });
    await writer.close();
    await expect(queued).resolves.toMatchObject({ id: 'last', seq: 1 });
    await expect(writer.append(EVENT)).rejects.toThrow('closed');
  });

  it('never resolves a row whose commit failed', async () => {
    const failing: AuditSink = {
      readHead: () => Promise.resolve({ seq: 0, hash: '0'.repeat(64) }),
      insert: () => Promise.reject(new Error('disk I/O error')),
      close: () => Promise.resolve(),
    };
    const writer = new AuditWriter(scratch.db, KEY, { sink: failing });
    const results = await Promise.allSettled([writer.append(EVENT), writer.append({ ...EVENT, id: 'second' })]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect(await auditRows()).toEqual([]);
  });
});
