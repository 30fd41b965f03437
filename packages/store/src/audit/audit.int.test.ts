import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase } from '../create-database.js';
import { createScratchDatabase, scratchTargets, type ScratchDatabase } from '../testing/scratch-database.js';
import { appendAudit } from './append-audit.js';
import { AUDIT_GENESIS_HASH, auditRowHash } from './audit-hash.js';
import type { AuditEventInput } from './audit-record.js';
import { verifyAuditChain } from './verify-audit-chain.js';
import { testAuditKey } from '../testing/audit-key.js';

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

describe.each(scratchTargets(process.env.DATABASE_URL))('audit chain on $kind', (target) => {
  let scratch: ScratchDatabase;

  /** What an attacker with schema rights does first: switch off the append-only triggers. */
  async function disableGuards(): Promise<void> {
    if (scratch.dialect === 'sqlite') {
      await sql`drop trigger audit_event_no_update`.execute(scratch.db);
      await sql`drop trigger audit_event_no_delete`.execute(scratch.db);
    } else {
      await sql`alter table audit_event disable trigger user`.execute(scratch.db);
    }
  }

  async function appendFive(): Promise<void> {
    for (let index = 1; index <= 5; index += 1) {
      await appendAudit(scratch.db, KEY, { ...EVENT, id: `event-${index}`, requestId: `req-${index}` });
    }
  }

  async function row(seq: number) {
    return scratch.db.selectFrom('audit_event').selectAll().where('seq', '=', seq).executeTakeFirstOrThrow();
  }

  beforeEach(async () => {
    scratch = await createScratchDatabase(target);
  });

  afterEach(async () => {
    await scratch.dispose();
  });

  it('starts the chain at seq 1 from the genesis hash and links every next row to the previous', async () => {
    const first = await appendAudit(scratch.db, KEY, { ...EVENT, breakGlass: true, reason: 'Emergency' });
    const second = await appendAudit(scratch.db, KEY, { ...EVENT, outcome: 'not-found', actorFacilityId: null });

    expect(first).toMatchObject({
      seq: 1,
      prevHash: AUDIT_GENESIS_HASH,
      breakGlass: true,
      reason: 'Emergency',
      actorRole: 'clinician',
    });
    expect(second).toMatchObject({
      seq: 2,
      prevHash: first.hash,
      breakGlass: false,
      reason: null,
      actorFacilityId: null,
    });
    const stored = await row(1);
    expect(stored.hash).toBe(auditRowHash(KEY, AUDIT_GENESIS_HASH, stored));
    expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('writes the row in the caller’s transaction: a rollback leaves no row and no seq gap', async () => {
    await appendAudit(scratch.db, KEY, EVENT);
    const rolledBack = scratch.db.transaction().execute(async (trx) => {
      await appendAudit(trx, KEY, { ...EVENT, id: 'lost' });
      throw new Error('the clinical write failed');
    });
    await expect(rolledBack).rejects.toThrow('the clinical write failed');

    expect((await appendAudit(scratch.db, KEY, EVENT)).seq).toBe(2);
    expect(await verifyAuditChain(scratch.db, KEY)).toMatchObject({ ok: true, count: 2 });
  });

  it('verifies an empty chain and an intact one, returning the head for anchoring', async () => {
    expect(await verifyAuditChain(scratch.db, KEY)).toEqual({
      ok: true,
      count: 0,
      headSeq: 0,
      headHash: AUDIT_GENESIS_HASH,
      headKeyId: null,
    });
    await appendFive();
    expect(await verifyAuditChain(scratch.db, KEY)).toEqual({
      ok: true,
      count: 5,
      headSeq: 5,
      headHash: (await row(5)).hash,
      headKeyId: KEY.id,
    });
  });

  it('names a row whose content was changed with UPDATE as edited', async () => {
    await appendFive();
    await disableGuards();
    await sql`update audit_event set outcome = 'denied' where seq = 3`.execute(scratch.db);

    expect(await verifyAuditChain(scratch.db, KEY)).toMatchObject({
      ok: false,
      seq: 3,
      id: 'event-3',
      problem: 'edited',
      count: 2,
    });
  });

  it('names a row whose stored hash was overwritten as edited', async () => {
    await appendFive();
    await disableGuards();
    await sql`update audit_event set hash = ${'f'.repeat(64)} where seq = 4`.execute(scratch.db);

    expect(await verifyAuditChain(scratch.db, KEY)).toMatchObject({
      ok: false,
      seq: 4,
      id: 'event-4',
      problem: 'edited',
    });
  });

  it('names the row after a DELETE as following deleted rows, also when the first row is gone', async () => {
    await appendFive();
    await disableGuards();
    await sql`delete from audit_event where seq = 3`.execute(scratch.db);

    const result = await verifyAuditChain(scratch.db, KEY);
    expect(result).toMatchObject({ ok: false, seq: 4, id: 'event-4', problem: 'deleted', count: 2 });
    expect(result.ok ? '' : result.detail).toContain('3');

    await sql`delete from audit_event where seq = 1`.execute(scratch.db);
    expect(await verifyAuditChain(scratch.db, KEY)).toMatchObject({ ok: false, seq: 2, problem: 'deleted', count: 0 });
  });

  it('names a forged row INSERTed with SQL that does not link to its predecessor as inserted', async () => {
    await appendFive();
    const spliced = await row(2);
    const forged = { ...spliced, seq: 6, id: 'forged', action: 'patient.update', prev_hash: spliced.hash };
    await scratch.db
      .insertInto('audit_event')
      .values({ ...forged, hash: auditRowHash(KEY, forged.prev_hash, forged) })
      .execute();

    expect(await verifyAuditChain(scratch.db, KEY)).toMatchObject({
      ok: false,
      seq: 6,
      id: 'forged',
      problem: 'inserted',
      count: 5,
    });
  });

  it('names a forged row that links to the head but skips seq numbers as inserted', async () => {
    await appendFive();
    const head = await row(5);
    const forged = { ...head, seq: 9, id: 'forged', prev_hash: head.hash };
    await scratch.db
      .insertInto('audit_event')
      .values({ ...forged, hash: auditRowHash(KEY, forged.prev_hash, forged) })
      .execute();

    expect(await verifyAuditChain(scratch.db, KEY)).toMatchObject({
      ok: false,
      seq: 9,
      id: 'forged',
      problem: 'inserted',
    });
  });

  it('catches a row rewritten with a recomputed hash at the next row, whose link breaks', async () => {
    await appendFive();
    await disableGuards();
    const third = await row(3);
    const rewritten = { ...third, outcome: 'denied' as const };
    await sql`update audit_event set outcome = 'denied', hash = ${auditRowHash(KEY, third.prev_hash, rewritten)} where seq = 3`.execute(
      scratch.db,
    );

    expect(await verifyAuditChain(scratch.db, KEY)).toMatchObject({ ok: false, seq: 4, problem: 'inserted', count: 3 });
  });

  it('cannot see rows cut from the end, but the head hash it returns changes (needs an anchor)', async () => {
    await appendFive();
    const before = await verifyAuditChain(scratch.db, KEY);
    await disableGuards();
    await sql`delete from audit_event where seq = 5`.execute(scratch.db);

    const after = await verifyAuditChain(scratch.db, KEY);
    expect(after).toMatchObject({ ok: true, count: 4, headSeq: 4 });
    expect(after.ok && before.ok && after.headHash !== before.headHash).toBe(true);
  });

  it('keeps one valid chain when 20 transactions append at the same time', async () => {
    // A second handle means a second connection pool (PostgreSQL) or connection (SQLite).
    const second = target.kind === 'postgres' ? createDatabase(scratch.config) : scratch.db;
    try {
      await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          (index % 2 === 0 ? scratch.db : second).transaction().execute(async (trx) => {
            await appendAudit(trx, KEY, { ...EVENT, id: `parallel-${index}` });
            // Keep the transaction open a little after the append, as a real request would.
            await sql`select 1`.execute(trx);
          }),
        ),
      );
    } finally {
      if (second !== scratch.db) {
        await second.destroy();
      }
    }

    expect(await verifyAuditChain(scratch.db, KEY)).toMatchObject({ ok: true, count: 20, headSeq: 20 });
  });
});
