import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createScratchDatabase, scratchTargets, type ScratchDatabase } from '../testing/scratch-database.js';
import { testAuditKey } from '../testing/audit-key.js';
import { appendAudit } from './append-audit.js';
import { AUDIT_GENESIS_HASH, auditKeyFrom, auditRowHash, unkeyedAuditRowHash, type AuditKey } from './audit-hash.js';
import { AUDIT_KEY_INTRODUCED_ACTION, AuditKeyMismatchError, introduceAuditKey } from './audit-key-introduction.js';
import type { AuditEventInput } from './audit-record.js';
import { verifyAuditChain } from './verify-audit-chain.js';

const OLD = testAuditKey(1);
const NEW = testAuditKey(2);
const AT = '2026-11-28T16:00:00.000Z';

const EVENT: AuditEventInput = {
  at: AT,
  actorUserId: 'clinician-1',
  actorRole: 'clinician',
  action: 'patient.read',
  patientId: 'patient-1',
  resourceType: 'patient',
  resourceId: 'patient-1',
  outcome: 'allowed',
  requestId: 'req-1',
  clientIp: '127.0.0.1',
};

/** Decision 0012: the chain is keyed, the key is outside the database, and keys can be rotated. */
describe.each(scratchTargets(process.env.DATABASE_URL))('keyed audit chain on $kind', (target) => {
  let scratch: ScratchDatabase;

  /** What an attacker with schema rights does first: switch off the append-only triggers. */
  async function disableGuards(): Promise<void> {
    if (scratch.dialect === 'sqlite') {
      await sql`drop trigger if exists audit_event_no_update`.execute(scratch.db);
      await sql`drop trigger if exists audit_event_no_delete`.execute(scratch.db);
    } else {
      await sql`alter table audit_event disable trigger user`.execute(scratch.db);
    }
  }

  async function append(key: AuditKey, count: number, prefix: string): Promise<void> {
    for (let index = 1; index <= count; index += 1) {
      await appendAudit(scratch.db, key, { ...EVENT, id: `${prefix}-${index}` });
    }
  }

  async function rows() {
    return scratch.db.selectFrom('audit_event').selectAll().orderBy('seq').execute();
  }

  /**
   * The attack of defect 4: remove rows, then renumber and re-chain every row after them so seq
   * and links are whole again, recomputing each hash with `hashOf`. `fromFirstRow` recomputes the
   * rows before the gap too.
   */
  async function deleteAndRechain(
    seqs: readonly number[],
    hashOf: typeof unkeyedAuditRowHash,
    fromFirstRow = false,
  ): Promise<void> {
    await disableGuards();
    for (const seq of seqs) {
      await sql`delete from audit_event where seq = ${seq}`.execute(scratch.db);
    }
    const remaining = await rows();
    const firstChanged = fromFirstRow ? 0 : Math.min(...seqs) - 1;
    let prevHash = remaining[firstChanged - 1]?.hash ?? AUDIT_GENESIS_HASH;
    for (const [index, row] of remaining.entries()) {
      if (index < firstChanged) {
        continue;
      }
      const moved = { ...row, seq: index + 1, prev_hash: prevHash };
      const hash = hashOf(prevHash, moved);
      await sql`update audit_event set seq = ${moved.seq}, prev_hash = ${prevHash}, hash = ${hash} where id = ${row.id}`.execute(
        scratch.db,
      );
      prevHash = hash;
    }
  }

  /** Every text value the database holds: all an attacker with a copy could try as the key. */
  async function everyTextInTheDatabase(): Promise<string[]> {
    const values = new Set<string>();
    for (const row of await scratch.db.selectFrom('audit_event').selectAll().execute()) {
      for (const value of Object.values(row)) {
        if (typeof value === 'string') {
          values.add(value);
        }
      }
    }
    for (const row of await scratch.db.selectFrom('app_meta').selectAll().execute()) {
      values.add(row.key);
      values.add(row.value);
    }
    return [...values];
  }

  beforeEach(async () => {
    scratch = await createScratchDatabase(target);
  });

  afterEach(async () => {
    await scratch.dispose();
  });

  it('catches a deleted row when every later hash was recomputed with plain SHA-256, naming the first recomputed row', async () => {
    await append(NEW, 6, 'event');
    // Rows 1-2 keep their real hashes; from the old seq 4 on, every hash is the attacker's.
    await deleteAndRechain([3], unkeyedAuditRowHash);

    expect(await verifyAuditChain(scratch.db, NEW)).toMatchObject({
      ok: false,
      seq: 3,
      id: 'event-4',
      problem: 'edited',
      count: 2,
    });
  });

  it('catches it when the recompute is keyed with any value found in the database', async () => {
    await append(NEW, 6, 'event');
    await disableGuards();
    const original = await rows();
    const candidates = await everyTextInTheDatabase();
    expect(candidates.length).toBeGreaterThan(20);
    for (const candidate of candidates) {
      // HMAC pads short keys with zero bytes, so the padding changes nothing about the guess.
      const guess = auditKeyFrom(Buffer.from(candidate.padEnd(32, '\0')));
      await deleteAndRechain([3], (prevHash, content) => auditRowHash(guess, prevHash, content));
      expect(await verifyAuditChain(scratch.db, NEW)).toMatchObject({ ok: false, seq: 3, id: 'event-4' });
      await sql`delete from audit_event`.execute(scratch.db);
      await scratch.db.insertInto('audit_event').values(original).execute();
    }
    expect(await verifyAuditChain(scratch.db, NEW)).toMatchObject({ ok: true, count: 6 });
  });

  it('fails a chain rewritten from its first row without the key: the head is not signed with it', async () => {
    await append(NEW, 4, 'event');
    await deleteAndRechain([2], unkeyedAuditRowHash, true);

    expect(await verifyAuditChain(scratch.db, NEW)).toMatchObject({
      ok: false,
      seq: 3,
      id: 'event-4',
      problem: 'stale-head',
      count: 3,
    });
  });

  it('catches a cut tail only against an anchor kept from an earlier run, also once new rows hide the cut', async () => {
    await append(NEW, 3, 'event');
    const before = await verifyAuditChain(scratch.db, NEW);
    expect(before).toMatchObject({ ok: true, count: 3, headSeq: 3, headKeyId: NEW.id });
    const anchor = { seq: 3, hash: before.ok ? before.headHash : '' };
    expect(await verifyAuditChain(scratch.db, NEW, anchor)).toMatchObject({ ok: true });
    await disableGuards();
    await sql`delete from audit_event where seq = 3`.execute(scratch.db);

    // Without the anchor, a shorter chain is a valid chain (the limit of any hash chain).
    expect(await verifyAuditChain(scratch.db, NEW)).toMatchObject({ ok: true, count: 2, headSeq: 2 });
    expect(await verifyAuditChain(scratch.db, NEW, anchor)).toMatchObject({
      ok: false,
      seq: 2,
      id: 'event-2',
      problem: 'truncated',
    });
    await append(NEW, 1, 'later');
    expect(await verifyAuditChain(scratch.db, NEW, anchor)).toMatchObject({
      ok: false,
      seq: 3,
      id: 'later-1',
      problem: 'anchor-mismatch',
    });
  });

  it('rotates: a key-introduction row signed with the new key follows the old rows, and verify needs both keys', async () => {
    await append(OLD, 3, 'old');
    const introduced = await introduceAuditKey(scratch.db, [OLD, NEW], AT);
    expect(introduced).toMatchObject({ seq: 4, action: AUDIT_KEY_INTRODUCED_ACTION, resourceId: NEW.id });
    expect(await introduceAuditKey(scratch.db, [OLD, NEW], AT)).toBeNull();
    await append(NEW, 2, 'new');

    expect(await verifyAuditChain(scratch.db, [OLD, NEW])).toMatchObject({ ok: true, count: 6, headKeyId: NEW.id });
    expect(await verifyAuditChain(scratch.db, [OLD])).toMatchObject({ ok: false, seq: 4, problem: 'edited' });
    const withoutNew = await verifyAuditChain(scratch.db, [OLD]);
    expect(withoutNew.ok ? '' : withoutNew.detail).toContain(`introduces audit key ${NEW.id}`);
    expect(await verifyAuditChain(scratch.db, [NEW])).toMatchObject({ ok: false, seq: 1, problem: 'edited' });
  });

  it('fails verify until the server has started with a rotated key, then passes', async () => {
    await append(OLD, 2, 'old');
    expect(await verifyAuditChain(scratch.db, [OLD, NEW])).toMatchObject({ ok: false, seq: 2, problem: 'stale-head' });
    await introduceAuditKey(scratch.db, [OLD, NEW], AT);
    expect(await verifyAuditChain(scratch.db, [OLD, NEW])).toMatchObject({ ok: true, count: 3 });
  });

  it('catches rows signed with a leaked old key after the rotation, and the rotation being cut off', async () => {
    await append(OLD, 2, 'old');
    await introduceAuditKey(scratch.db, [OLD, NEW], AT);
    await append(NEW, 2, 'new');
    await disableGuards();
    // With the old key an attacker can sign a row, but not after the rotation...
    const last = (await rows()).at(-1);
    const forged = { ...last!, seq: 6, id: 'forged', prev_hash: last!.hash };
    await scratch.db
      .insertInto('audit_event')
      .values({ ...forged, hash: auditRowHash(OLD, forged.prev_hash, forged) })
      .execute();
    expect(await verifyAuditChain(scratch.db, [OLD, NEW])).toMatchObject({
      ok: false,
      seq: 6,
      id: 'forged',
      problem: 'edited',
    });

    // ...and cutting the chain back to before the rotation leaves a head the current key did not sign.
    await sql`delete from audit_event where seq >= 3`.execute(scratch.db);
    expect(await verifyAuditChain(scratch.db, [OLD, NEW])).toMatchObject({ ok: false, seq: 2, problem: 'stale-head' });
  });

  it('refuses to start signing on top of a head signed with a key it does not have (a second instance with another key)', async () => {
    await append(OLD, 2, 'old');
    const otherInstance = introduceAuditKey(scratch.db, [NEW], AT);
    await expect(otherInstance).rejects.toThrow(AuditKeyMismatchError);
    await expect(introduceAuditKey(scratch.db, [NEW], AT)).rejects.toThrow(
      /signed with none of this server's audit keys/,
    );
    expect(await rows()).toHaveLength(2);
    expect(await introduceAuditKey(scratch.db, [OLD], AT)).toBeNull();
  });

  it('accepts the unkeyed rows of an older release before the first key, and then pins them', async () => {
    // What a database written before decision 0012 holds: a plain SHA-256 chain.
    let prevHash = AUDIT_GENESIS_HASH;
    for (let seq = 1; seq <= 3; seq += 1) {
      const content = {
        seq,
        id: `legacy-${seq}`,
        at: AT,
        actor_user_id: 'clinician-1',
        actor_role: 'clinician',
        actor_facility_id: null,
        action: 'patient.read',
        patient_id: 'patient-1',
        resource_type: 'patient',
        resource_id: 'patient-1',
        outcome: 'allowed' as const,
        break_glass: 0,
        reason: null,
        request_id: 'req-1',
        client_ip: '127.0.0.1',
      };
      const hash = unkeyedAuditRowHash(prevHash, content);
      await scratch.db
        .insertInto('audit_event')
        .values({ ...content, prev_hash: prevHash, hash })
        .execute();
      prevHash = hash;
    }
    expect(await verifyAuditChain(scratch.db, NEW)).toMatchObject({ ok: false, seq: 3, problem: 'stale-head' });
    await introduceAuditKey(scratch.db, [OLD, NEW], AT);
    await append(NEW, 1, 'new');
    expect(await verifyAuditChain(scratch.db, NEW)).toMatchObject({ ok: true, count: 5, headKeyId: NEW.id });

    // An unkeyed row after a keyed one is never accepted.
    const head = (await rows()).at(-1);
    const unkeyed = { ...head!, seq: 6, id: 'unkeyed', prev_hash: head!.hash };
    await scratch.db
      .insertInto('audit_event')
      .values({ ...unkeyed, hash: unkeyedAuditRowHash(unkeyed.prev_hash, unkeyed) })
      .execute();
    expect(await verifyAuditChain(scratch.db, NEW)).toMatchObject({
      ok: false,
      seq: 6,
      id: 'unkeyed',
      problem: 'edited',
    });

    // Rewriting a legacy row and re-chaining the unkeyed part breaks the link of the first keyed row.
    await disableGuards();
    await sql`delete from audit_event where seq = 6`.execute(scratch.db);
    const legacy = await rows();
    let rechained = AUDIT_GENESIS_HASH;
    for (const row of legacy.slice(0, 3)) {
      const changed = { ...row, outcome: row.seq === 2 ? ('denied' as const) : row.outcome, prev_hash: rechained };
      rechained = unkeyedAuditRowHash(rechained, changed);
      await sql`update audit_event set outcome = ${changed.outcome}, prev_hash = ${changed.prev_hash}, hash = ${rechained} where seq = ${row.seq}`.execute(
        scratch.db,
      );
    }
    expect(await verifyAuditChain(scratch.db, NEW)).toMatchObject({ ok: false, seq: 4, problem: 'inserted', count: 3 });
  });
});
