import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase } from './create-database.js';
import type { AppDatabase } from './database-schema.js';
import { listenerName, watchPrincipalChanges, type PrincipalChanges } from './principal-changes.js';
import { insertTestUser } from './testing/fixtures.js';
import { createScratchDatabase, scratchTargets, type ScratchDatabase } from './testing/scratch-database.js';

/*
 * The signal behind the session cache (decision 0038): the change count moves on every write
 * that can change a principal, made by this handle or by any other connection, and stays put
 * when a session only records activity.
 */

/** Polls until `check` holds: a PostgreSQL notification arrives some time after the commit. */
async function eventually(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!check()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting until ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function insertSession(db: AppDatabase, userId: string, sqlite: boolean): Promise<string> {
  const at = new Date('2026-12-01T09:00:00.000Z');
  const id = `session-${userId}`;
  await db
    .insertInto('session')
    .values({
      id,
      token: `digest-${userId}`,
      userId,
      createdAt: sqlite ? at.toISOString() : at,
      updatedAt: sqlite ? at.toISOString() : at,
      expiresAt: sqlite ? new Date(at.getTime() + 86_400_000).toISOString() : new Date(at.getTime() + 86_400_000),
      ipAddress: null,
      userAgent: null,
      impersonatedBy: null,
    })
    .execute();
  return id;
}

describe.each(scratchTargets(process.env.DATABASE_URL))('principal changes on $kind', (target) => {
  let scratch: ScratchDatabase;
  let other: AppDatabase;
  let changes: PrincipalChanges;
  const sqlite = target.kind === 'sqlite';

  beforeEach(async () => {
    scratch = await createScratchDatabase(target);
    other = createDatabase(scratch.config);
    changes = watchPrincipalChanges(scratch.db);
    await eventually(() => changes.current() !== null, 'the watch is ready');
  });

  afterEach(async () => {
    await changes.close();
    await other.destroy();
    await scratch.dispose();
  });

  it('moves when another connection adds an account or a session, bans the account, or removes the session', async () => {
    let before = changes.current();
    const userId = await insertTestUser(other);
    await eventually(() => changes.current() !== before, 'an account insert is seen');

    before = changes.current();
    const sessionId = await insertSession(other, userId, sqlite);
    await eventually(() => changes.current() !== before, 'a session insert is seen');

    before = changes.current();
    await other
      .updateTable('user')
      .set({ banned: sqlite ? 1 : true })
      .where('id', '=', userId)
      .execute();
    await eventually(() => changes.current() !== before, 'a ban is seen');

    before = changes.current();
    await other.deleteFrom('session').where('id', '=', sessionId).execute();
    await eventually(() => changes.current() !== before, 'a sign-out is seen');
  });

  it("moves at once on this handle's own write, before any notification could arrive", async () => {
    const userId = await insertTestUser(other);
    const sessionId = await insertSession(other, userId, sqlite);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const before = changes.current();
    await scratch.db.deleteFrom('session').where('id', '=', sessionId).execute();
    expect(changes.current()).not.toBe(before);
  });

  it('stays put when a session only records activity', async () => {
    const userId = await insertTestUser(other);
    const sessionId = await insertSession(other, userId, sqlite);
    // Let the inserts' own notifications arrive first.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const before = changes.current();
    const at = new Date('2026-12-01T09:05:00.000Z');
    await scratch.db
      .updateTable('session')
      .set({ updatedAt: sqlite ? at.toISOString() : at })
      .where('id', '=', sessionId)
      .execute();
    await other
      .updateTable('session')
      .set({ updatedAt: sqlite ? at.toISOString() : at, userAgent: 'Test browser' })
      .where('id', '=', sessionId)
      .execute();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(changes.current()).toBe(before);
  });

  it("ignores changes in another app's database or schema", async () => {
    const elsewhere = await createScratchDatabase(target);
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const before = changes.current();
      await insertSession(elsewhere.db, await insertTestUser(elsewhere.db), sqlite);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(changes.current()).toBe(before);
    } finally {
      await elsewhere.dispose();
    }
  });

  it.runIf(target.kind === 'postgres')(
    'knows nothing while its listener is gone, then listens again and sees changes',
    async () => {
      const before = changes.current();
      const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(scratch.db);
      // Materialized first, so pg_terminate_backend is only called on the listener's own row.
      const terminated = await sql<{ done: boolean }>`with mine as materialized (
          select pid from pg_stat_activity where application_name = ${listenerName(rows[0]?.schema ?? null)})
        select pg_terminate_backend(pid) as done from mine`.execute(other);
      expect(terminated.rows).toEqual([{ done: true }]);
      await eventually(() => changes.current() === null, 'the lost listener is noticed');
      await eventually(() => changes.current() !== null, 'the listener is back');
      expect(changes.current()).not.toBe(before);
      const back = changes.current();
      await insertTestUser(other);
      await eventually(() => changes.current() !== back, 'a change after the reconnection is seen');
    },
  );

  it('cannot be known inside an open transaction on SQLite, nor once closed on PostgreSQL', async () => {
    if (sqlite) {
      await scratch.db.transaction().execute(async (trx) => {
        await trx.selectFrom('user').select('id').execute();
        expect(changes.current()).toBeNull();
      });
      expect(changes.current()).not.toBeNull();
    } else {
      await changes.close();
      expect(changes.current()).toBeNull();
    }
  });
});
