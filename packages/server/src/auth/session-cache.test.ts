import { addMembership, createDatabase, recordStatements, type AppDatabase } from '@kratom-care/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildAuthTestApp,
  createTestFacility,
  createTestUser,
  PROBE_URL,
  registerProbeRoutes,
  signInAs,
  TEST_TARGETS,
  type AuthTestApp,
  type SignedInHeaders,
} from '../test/auth-fixtures.js';
import { requireAuthenticated } from './guards.js';
import { SESSION_CACHE_TTL_MS } from './session-cache.js';

/*
 * The app keeps the sessions it resolved (decision 0038). What it keeps must never outlive a
 * change: a session ended, an account disabled or a role removed by another connection (another
 * instance, the CLI) is seen by the next request on SQLite, and within moments on PostgreSQL,
 * where the change arrives as a notification.
 */

const ROLES_PROBE_URL = '/api/test-probe/roles';

describe.each(TEST_TARGETS)('kept sessions on $kind', (target) => {
  let t: AuthTestApp;
  let other: AppDatabase;

  beforeEach(async () => {
    t = await buildAuthTestApp({
      target,
      routes: (app) => {
        registerProbeRoutes(app);
        app.get(ROLES_PROBE_URL, (request) => requireAuthenticated(request).roles.map((grant) => grant.role));
      },
    });
    other = createDatabase(t.databaseConfig);
  });

  afterEach(async () => {
    await other.destroy();
    await t.close();
  });

  async function status(headers: SignedInHeaders): Promise<number> {
    return (await t.app.inject({ url: PROBE_URL, headers })).statusCode;
  }

  /** SQLite sees another connection's change at the next request; PostgreSQL once it is notified. */
  async function eventually<T>(read: () => Promise<T>, expected: T): Promise<void> {
    const deadline = Date.now() + 5_000;
    for (;;) {
      const actual = await read();
      if (JSON.stringify(actual) === JSON.stringify(expected) || t.dialect === 'sqlite' || Date.now() > deadline) {
        expect(actual).toEqual(expected);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('answers a session it already resolved without reading the session again', async () => {
    const patient = await createTestUser(t.app, { role: 'patient' });
    const headers = await signInAs(t.app, patient);
    expect(await status(headers)).toBe(200);

    const statements = recordStatements(t.db);
    try {
      expect(await status(headers)).toBe(200);
      expect(statements.sql.filter((text) => /from "session"/i.test(text))).toEqual([]);
    } finally {
      statements.stop();
    }
  });

  it('ends a session at once when another connection deletes it (sign-out on another instance)', async () => {
    const patient = await createTestUser(t.app, { role: 'patient' });
    const headers = await signInAs(t.app, patient);
    expect(await status(headers)).toBe(200);

    await other.deleteFrom('session').where('userId', '=', patient.id).execute();
    await eventually(() => status(headers), 401);
  });

  it('refuses a disabled account at once when another connection bans it', async () => {
    const patient = await createTestUser(t.app, { role: 'patient' });
    const headers = await signInAs(t.app, patient);
    expect(await status(headers)).toBe(200);

    await other
      .updateTable('user')
      .set({ banned: t.dialect === 'sqlite' ? 1 : true })
      .where('id', '=', patient.id)
      .execute();
    await eventually(() => status(headers), 401);
  });

  it('sees a role removed and a role added by another connection', async () => {
    const facilityId = await createTestFacility(t.app);
    const clinician = await createTestUser(t.app, { role: 'clinician', facilityId });
    const headers = await signInAs(t.app, clinician);
    const roles = async () => (await t.app.inject({ url: ROLES_PROBE_URL, headers })).json<string[]>();
    expect(await roles()).toEqual(['clinician']);

    await addMembership(other, { userId: clinician.id, facilityId, role: 'admin' });
    await eventually(roles, ['admin', 'clinician']);

    await other.deleteFrom('membership').where('user_id', '=', clinician.id).where('role', '=', 'clinician').execute();
    await eventually(roles, ['admin']);
  });

  it('still judges idle time on a kept session by the clock', async () => {
    const facilityId = await createTestFacility(t.app);
    const clinician = await createTestUser(t.app, { role: 'clinician', facilityId });
    const headers = await signInAs(t.app, clinician);
    expect(await status(headers)).toBe(200);
    // Within the cache's own lifetime, so only the rules can end it.
    t.clock.advance(SESSION_CACHE_TTL_MS - 1);
    expect(await status(headers)).toBe(200);
    t.clock.advance(16 * 60 * 1000);
    expect(await status(headers)).toBe(401);
  });
});
