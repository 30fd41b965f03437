import { createScratchDatabase, hitRateLimit } from '@kratom-care/store';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { INVITATION_TTL_MS } from '../auth/invitations.js';
import { issueSetupToken } from '../auth/setup-link.js';
import { createLogger } from '../request-logging.js';
import { TEST_CONFIG } from '../test/build-test-app.js';
import {
  buildAuthTestApp,
  createTestFacility,
  createTestUser,
  signInAs,
  TEST_TARGETS,
  type AuthTestApp,
} from '../test/auth-fixtures.js';
import { IDEMPOTENCY_RETENTION_MS, purgeOnce, startPurgeJob } from './purge-job.js';

const HOUR = 60 * 60 * 1000;

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      throw new Error('condition not met in time');
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe.each(TEST_TARGETS)('purge job on $kind', (target) => {
  let t: AuthTestApp | undefined;

  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('deletes expired sessions, tokens, idempotency answers and counters, and keeps live ones', async () => {
    t = await buildAuthTestApp({ target });
    const user = await createTestUser(t.app, { role: 'patient' });
    await signInAs(t.app, user);
    await t.identity.createInvitation(user.id);
    await hitRateLimit(t.db, { key: 'k', windowMs: 60_000, at: t.clock.now() });
    await t.db
      .insertInto('idempotency_key')
      .values({
        user_id: user.id,
        key: 'old-key-0001',
        route: 'POST /api/patients',
        request_hash: 'h',
        status_code: 201,
        response_body: '{}',
        created_at: t.clock.now().toISOString(),
      })
      .execute();

    // Nothing has expired yet.
    expect(Object.values(await purgeOnce(t.db, t.clock.now)).every((count) => count === 0)).toBe(true);

    // Past the invitation's 72 hours and the idempotency answers' 48.
    t.clock.advance(Math.max(INVITATION_TTL_MS, IDEMPOTENCY_RETENTION_MS) + HOUR);
    const counts = await purgeOnce(t.db, t.clock.now);
    expect(counts).toMatchObject({ session: 1, verification: 1, idempotency_key: 1, rate_limit_counter: 1 });
    expect(await t.db.selectFrom('session').select('id').execute()).toEqual([]);
    expect(await t.db.selectFrom('verification').select('id').execute()).toEqual([]);
  });

  it('keeps a session in use and the setup nonce while no admin exists, and retires the nonce once one does', async () => {
    t = await buildAuthTestApp({ target });
    const user = await createTestUser(t.app, { role: 'patient' });
    const headers = await signInAs(t.app, user);
    expect(await issueSetupToken(t.db, t.clock.now, t.identity.secret)).not.toBeNull();
    await purgeOnce(t.db, t.clock.now);
    expect((await t.app.inject({ url: '/api/auth/session', headers })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/setup' })).json()).toEqual({ setupRequired: true });

    // An admin made with the CLI, not the link: the purge removes the leftover nonce.
    const facilityId = await createTestFacility(t.app);
    await createTestUser(t.app, { role: 'admin', facilityId });
    await purgeOnce(t.db, t.clock.now);
    expect(await t.db.selectFrom('app_meta').select('key').where('key', '=', 'setup_link_nonce').execute()).toEqual([]);
  });

  it('runs on an unref’d timer, never overlaps, and stops (waiting for a run in progress) when asked', async () => {
    t = await buildAuthTestApp({ target });
    const db = t.db;
    const clock = t.clock;
    await hitRateLimit(db, { key: 'dead', windowMs: 1, at: new Date(clock.now().getTime() - 1000) });
    const lines: string[] = [];
    const log = createLogger({ logLevel: 'info' }, { write: (line: string) => void lines.push(line) });
    const job = startPurgeJob({ db, clock: clock.now, log, everyMs: 20, random: () => 0 });
    const remaining = () => db.selectFrom('rate_limit_counter').select('key').execute();
    await waitFor(async () => (await remaining()).length === 0);
    await waitFor(() => Promise.resolve(lines.some((line) => line.includes('purged expired rows'))));
    await job.stop();

    await hitRateLimit(db, { key: 'dead-after-stop', windowMs: 1, at: new Date(clock.now().getTime() - 1000) });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await remaining()).toEqual([{ key: 'dead-after-stop' }]);
  });

  it('starts with the app and stops when the app closes', async () => {
    const scratch = await createScratchDatabase(target);
    try {
      const app = await createApp({
        config: { ...TEST_CONFIG, authSecret: 'a fictional secret of at least 32 characters' },
        db: scratch.db,
        purgeEveryMs: 20,
      });
      const dead = (key: string) => hitRateLimit(scratch.db, { key, windowMs: 1, at: new Date(Date.now() - 1000) });
      const remaining = () => scratch.db.selectFrom('rate_limit_counter').select('key').execute();
      await dead('before-ready');
      await app.ready();
      await waitFor(async () => (await remaining()).length === 0);
      await app.close();
      await dead('after-close');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await remaining()).toEqual([{ key: 'after-close' }]);
    } finally {
      await scratch.dispose();
    }
  });
});
