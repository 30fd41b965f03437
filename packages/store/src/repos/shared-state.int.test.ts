import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dialectOf } from '../executor.js';
import { insertTestUser } from '../testing/fixtures.js';
import { createScratchDatabase, scratchTargets, type ScratchDatabase } from '../testing/scratch-database.js';
import { putIdempotencyRecord } from './idempotency.js';
import { purgeExpired, type PurgeCutoffs } from './purge-expired.js';
import { hitRateLimit, readRateLimit } from './rate-limit-counters.js';
import { claimTotpCode } from './totp-code-uses.js';

const T0 = new Date('2026-11-28T16:00:00.000Z');
const MINUTE = 60_000;
const later = (ms: number): Date => new Date(T0.getTime() + ms);

describe.each(scratchTargets(process.env.DATABASE_URL))('state shared by instances, on $kind', (target) => {
  let scratch: ScratchDatabase;

  beforeEach(async () => {
    scratch = await createScratchDatabase(target);
  });

  afterEach(async () => {
    await scratch.dispose();
  });

  describe('rate-limit counters', () => {
    it('counts hits in a window that starts at the first hit, then starts a fresh window', async () => {
      const hit = (at: Date) => hitRateLimit(scratch.db, { key: 'sign-in:a', windowMs: MINUTE, at });
      expect(await hit(T0)).toEqual({ hits: 1, windowEndsAt: later(MINUTE).toISOString() });
      expect(await hit(later(30_000))).toEqual({ hits: 2, windowEndsAt: later(MINUTE).toISOString() });
      expect(await readRateLimit(scratch.db, 'sign-in:a', later(59_999))).toEqual({
        hits: 2,
        windowEndsAt: later(MINUTE).toISOString(),
      });
      expect(await readRateLimit(scratch.db, 'sign-in:a', later(MINUTE))).toBeUndefined();
      expect(await hit(later(MINUTE))).toEqual({ hits: 1, windowEndsAt: later(2 * MINUTE).toISOString() });
      expect(await readRateLimit(scratch.db, 'other', T0)).toBeUndefined();
    });

    it('loses no hit when 40 arrive at once (each sees its own count)', async () => {
      const hits = await Promise.all(
        Array.from({ length: 40 }, () => hitRateLimit(scratch.db, { key: 'burst', windowMs: MINUTE, at: T0 })),
      );
      expect(hits.map((window) => window.hits).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 40 }, (_, index) => index + 1),
      );
    });
  });

  describe('TOTP code uses', () => {
    it('lets exactly one of 20 simultaneous claims of a code win, per user', async () => {
      const claims = await Promise.all(
        Array.from({ length: 20 }, () =>
          claimTotpCode(scratch.db, { userId: 'u1', code: '123456', at: T0, rememberUntil: later(2 * MINUTE) }),
        ),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      const otherUser = await claimTotpCode(scratch.db, {
        userId: 'u2',
        code: '123456',
        at: T0,
        rememberUntil: later(2 * MINUTE),
      });
      expect(otherUser).toBe(true);
    });

    it('accepts the same digits again once the memory has run out, even before the purge', async () => {
      const claim = (at: Date) =>
        claimTotpCode(scratch.db, { userId: 'u1', code: '654321', at, rememberUntil: new Date(at.getTime() + MINUTE) });
      expect(await claim(T0)).toBe(true);
      expect(await claim(later(MINUTE - 1))).toBe(false);
      expect(await claim(later(MINUTE))).toBe(true);
      expect(await claim(later(MINUTE + 1))).toBe(false);
    });
  });

  describe('purge', () => {
    const cutoffs: PurgeCutoffs = {
      now: later(10 * MINUTE),
      sessionIdleBefore: later(5 * MINUTE),
      idempotencyBefore: later(2 * MINUTE),
    };

    async function seed(): Promise<string> {
      const userId = await insertTestUser(scratch.db);
      const sqlite = dialectOf(scratch.db) === 'sqlite';
      const time = (at: Date) => (sqlite ? at.toISOString() : at);
      const session = (id: string, expiresAt: Date, updatedAt: Date) => ({
        id,
        token: randomUUID(),
        userId,
        expiresAt: time(expiresAt),
        createdAt: time(T0),
        updatedAt: time(updatedAt),
        ipAddress: null,
        userAgent: null,
        impersonatedBy: null,
      });
      await scratch.db
        .insertInto('session')
        .values([
          session('expired', later(9 * MINUTE), later(9 * MINUTE)),
          session('idle', later(60 * MINUTE), later(4 * MINUTE)),
          session('live', later(60 * MINUTE), later(6 * MINUTE)),
        ])
        .execute();
      const verification = (id: string, expiresAt: Date) => ({
        id,
        identifier: id,
        value: 'invitation:x',
        expiresAt: time(expiresAt),
        createdAt: time(T0),
        updatedAt: time(T0),
      });
      await scratch.db
        .insertInto('verification')
        .values([verification('v-dead', later(9 * MINUTE)), verification('v-live', later(11 * MINUTE))])
        .execute();
      for (const [key, at] of [
        ['idem-old-1', later(MINUTE)],
        ['idem-new-1', later(3 * MINUTE)],
      ] as const) {
        await putIdempotencyRecord(scratch.db, {
          userId,
          key,
          route: 'POST /api/patients',
          requestHash: 'h',
          statusCode: 201,
          responseBody: '{}',
          createdAt: at.toISOString(),
        });
      }
      for (let index = 0; index < 7; index += 1) {
        await hitRateLimit(scratch.db, { key: `dead-${index}`, windowMs: MINUTE, at: T0 });
      }
      await hitRateLimit(scratch.db, { key: 'live', windowMs: MINUTE, at: later(9.5 * MINUTE) });
      await claimTotpCode(scratch.db, { userId, code: '111111', at: T0, rememberUntil: later(2 * MINUTE) });
      await claimTotpCode(scratch.db, { userId, code: '222222', at: T0, rememberUntil: later(11 * MINUTE) });
      return userId;
    }

    it('deletes only dead rows, in bounded batches, and a second run finds nothing', async () => {
      await seed();
      const counts = await purgeExpired(scratch.db, cutoffs, { batchSize: 3, maxBatches: 100 });
      expect(counts).toEqual({
        session: 2,
        verification: 1,
        idempotency_key: 1,
        rate_limit_counter: 7,
        totp_code_use: 1,
      });
      const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();
      expect(ids(await scratch.db.selectFrom('session').select('id').execute())).toEqual(['live']);
      expect(ids(await scratch.db.selectFrom('verification').select('id').execute())).toEqual(['v-live']);
      expect(await scratch.db.selectFrom('idempotency_key').select('key').execute()).toEqual([{ key: 'idem-new-1' }]);
      expect(await scratch.db.selectFrom('rate_limit_counter').select('key').execute()).toEqual([{ key: 'live' }]);
      expect(await scratch.db.selectFrom('totp_code_use').select('code').execute()).toEqual([{ code: '222222' }]);

      const again = await purgeExpired(scratch.db, cutoffs, { batchSize: 3, maxBatches: 100 });
      expect(Object.values(again)).toEqual([0, 0, 0, 0, 0]);
    });

    it('stops after maxBatches per table and leaves the rest for the next run', async () => {
      await seed();
      const first = await purgeExpired(scratch.db, cutoffs, { batchSize: 2, maxBatches: 2 });
      expect(first.rate_limit_counter).toBe(4);
      const second = await purgeExpired(scratch.db, cutoffs, { batchSize: 2, maxBatches: 2 });
      expect(second.rate_limit_counter).toBe(3);
    });

    it('is safe when every instance purges at once: no error, each dead row deleted once', async () => {
      await seed();
      const runs = await Promise.all(
        Array.from({ length: 4 }, () => purgeExpired(scratch.db, cutoffs, { batchSize: 2, maxBatches: 100 })),
      );
      const total = runs.reduce((sum, counts) => sum + Object.values(counts).reduce((a, b) => a + b, 0), 0);
      expect(total).toBe(12);
      expect(await scratch.db.selectFrom('rate_limit_counter').select('key').execute()).toEqual([{ key: 'live' }]);
    });
  });
});
