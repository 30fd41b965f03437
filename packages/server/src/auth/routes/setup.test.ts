import type { TApiError } from '@kratom-care/contracts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueSetupToken, setupLink } from '../setup-link.js';
import { buildAuthTestApp, CSRF_HEADERS, TEST_TARGETS, type AuthTestApp } from '../../test/auth-fixtures.js';

const ADMIN = { email: 'first.admin@example.org', name: 'First Admin', password: 'a fictional admin passphrase' };
const FACILITY = { name: 'Fictional Hills Recovery', region: 'North Example', address: '2 Sample Street' };

describe.each(TEST_TARGETS)('first-start setup link on $kind', (target) => {
  let t: AuthTestApp;

  beforeEach(async () => {
    t = await buildAuthTestApp({ target });
  });

  afterEach(async () => {
    await t.close();
  });

  function setup(token: string) {
    return t.app.inject({
      method: 'POST',
      url: '/api/setup',
      headers: CSRF_HEADERS,
      payload: { token, admin: ADMIN, facility: FACILITY },
    });
  }

  async function setupRequired(): Promise<boolean> {
    return (await t.app.inject({ url: '/api/setup' })).json<{ setupRequired: boolean }>().setupRequired;
  }

  it('has no account and no open setup until the server issues a link', async () => {
    expect(await setupRequired()).toBe(false);
    expect(await t.db.selectFrom('user').select('id').execute()).toEqual([]);
    expect((await setup('a-token-that-was-never-issued')).statusCode).toBe(400);
  });

  it('creates the first admin and facility once, signs the admin in, and then closes', async () => {
    const token = await issueSetupToken(t.db, t.clock.now, t.identity.secret);
    expect(token).not.toBeNull();
    expect(setupLink('https://care.example.org', token ?? '')).toBe(`https://care.example.org/setup#token=${token}`);
    expect(await setupRequired()).toBe(true);

    const wrong = await setup('not-the-token-that-was-printed');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<TApiError>().code).toBe('INVALID_TOKEN');

    const created = await setup(token ?? '');
    expect(created.statusCode).toBe(201);
    const facility = await t.db.selectFrom('facility').selectAll().executeTakeFirstOrThrow();
    expect(facility).toMatchObject(FACILITY);
    expect(created.json()).toMatchObject({
      twoFactorRequired: false,
      session: {
        user: { email: ADMIN.email },
        roles: [{ role: 'admin', facilityId: facility.id }],
        secondFactorRequired: true,
      },
    });

    expect((await setup(token ?? '')).statusCode).toBe(400);
    expect(await setupRequired()).toBe(false);
    expect(await issueSetupToken(t.db, t.clock.now, t.identity.secret)).toBeNull();
  });

  it('keeps no token in the database, and every start (on any instance) prints the same link until it is used', async () => {
    const first = await issueSetupToken(t.db, t.clock.now, t.identity.secret);
    const second = await issueSetupToken(t.db, t.clock.now, t.identity.secret);
    expect(second).toBe(first);
    const rows = await t.db.selectFrom('app_meta').select('value').execute();
    expect(JSON.stringify(rows)).not.toContain(first ?? 'missing');

    // Another secret (an instance configured differently) derives another token, which is refused.
    const otherSecret = await issueSetupToken(t.db, t.clock.now, 'another secret of at least 32 characters!');
    expect((await setup(otherSecret ?? '')).statusCode).toBe(400);
    expect((await setup(second ?? '')).statusCode).toBe(201);
    expect(await issueSetupToken(t.db, t.clock.now, t.identity.secret)).toBeNull();
  });

  it('gives one of two simultaneous uses of the link the admin, and the other a 400', async () => {
    const token = (await issueSetupToken(t.db, t.clock.now, t.identity.secret)) ?? '';
    const statuses = (await Promise.all([setup(token), setup(token)])).map((response) => response.statusCode);
    expect(statuses.sort()).toEqual([201, 400]);
  });
});
