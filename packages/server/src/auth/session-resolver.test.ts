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
} from '../test/auth-fixtures.js';
import { ABSOLUTE_SESSION_MS, OTHERS_IDLE_MS, STAFF_IDLE_MS } from './session-resolver.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

describe.each(TEST_TARGETS)('session timeouts with an injected clock on $kind', (target) => {
  let t: AuthTestApp;

  beforeEach(async () => {
    t = await buildAuthTestApp({ target, routes: registerProbeRoutes });
  });

  afterEach(async () => {
    await t.close();
  });

  async function probe(headers: Record<string, string>): Promise<number> {
    return (await t.app.inject({ url: PROBE_URL, headers })).statusCode;
  }

  async function sessionCount(userId: string): Promise<number> {
    return (await t.db.selectFrom('session').select('id').where('userId', '=', userId).execute()).length;
  }

  it('keeps a staff session at 14:59 idle and ends it at 15:01 idle', async () => {
    expect(STAFF_IDLE_MS).toBe(15 * MINUTE);
    const facilityId = await createTestFacility(t.app);
    const clinician = await createTestUser(t.app, { role: 'clinician', facilityId });
    const headers = await signInAs(t.app, clinician);

    t.clock.advance(14 * MINUTE + 59 * SECOND);
    expect(await probe(headers)).toBe(200);
    t.clock.advance(15 * MINUTE + 1 * SECOND);
    expect(await probe(headers)).toBe(401);
    expect(await sessionCount(clinician.id)).toBe(0);
  });

  it('gives patients 30 minutes of idle time, not 15', async () => {
    expect(OTHERS_IDLE_MS).toBe(30 * MINUTE);
    const patient = await createTestUser(t.app, { role: 'patient' });
    const headers = await signInAs(t.app, patient);

    t.clock.advance(29 * MINUTE);
    expect(await probe(headers)).toBe(200);
    t.clock.advance(30 * MINUTE + 1 * SECOND);
    const ended = await t.app.inject({ url: PROBE_URL, headers });
    expect(ended.statusCode).toBe(401);
    expect(String(ended.headers['set-cookie'])).toMatch(/^kratom-care\.session_token=; Max-Age=0/);
  });

  it('counts activity: requests every 10 minutes keep a staff session alive past 15 minutes', async () => {
    const facilityId = await createTestFacility(t.app);
    const admin = await createTestUser(t.app, { role: 'admin', facilityId });
    const headers = await signInAs(t.app, admin);

    for (let step = 0; step < 6; step += 1) {
      t.clock.advance(10 * MINUTE);
      expect(await probe(headers)).toBe(200);
    }
  });

  it('writes last activity at most once a minute', async () => {
    const patient = await createTestUser(t.app, { role: 'patient' });
    const headers = await signInAs(t.app, patient);
    const updatedAt = async (): Promise<number> => {
      const row = await t.db
        .selectFrom('session')
        .select('updatedAt')
        .where('userId', '=', patient.id)
        .executeTakeFirstOrThrow();
      return new Date(row.updatedAt).getTime();
    };
    const start = await updatedAt();

    t.clock.advance(30 * SECOND);
    await probe(headers);
    expect(await updatedAt()).toBe(start);
    t.clock.advance(31 * SECOND);
    await probe(headers);
    expect(await updatedAt()).toBe(t.clock.now().getTime());
  });

  it('ends any session 12 hours after sign-in, however active', async () => {
    expect(ABSOLUTE_SESSION_MS).toBe(12 * 60 * MINUTE);
    const patient = await createTestUser(t.app, { role: 'patient' });
    const headers = await signInAs(t.app, patient);
    const row = await t.db
      .selectFrom('session')
      .select('createdAt')
      .where('userId', '=', patient.id)
      .executeTakeFirstOrThrow();
    const signedInAt = new Date(row.createdAt).getTime();

    t.clock.set(new Date(signedInAt));
    for (let elapsed = 20; elapsed < 12 * 60; elapsed += 20) {
      t.clock.advance(20 * MINUTE);
      expect(await probe(headers)).toBe(200);
    }
    t.clock.set(new Date(signedInAt + ABSOLUTE_SESSION_MS - SECOND));
    expect(await probe(headers)).toBe(200);
    t.clock.set(new Date(signedInAt + ABSOLUTE_SESSION_MS + SECOND));
    expect(await probe(headers)).toBe(401);
  });

  it('treats a cookie with a forged signature as no session and clears it', async () => {
    const patient = await createTestUser(t.app, { role: 'patient' });
    const { cookie } = await signInAs(t.app, patient);
    const forged = cookie.replace(/\.[^.]+$/, '.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%3D');
    const response = await t.app.inject({ url: PROBE_URL, headers: { cookie: forged } });

    expect(response.statusCode).toBe(401);
    expect(String(response.headers['set-cookie'])).toMatch(/Max-Age=0/);
  });
});
