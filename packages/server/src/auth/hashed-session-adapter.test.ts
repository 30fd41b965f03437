import { sessionTokenDigest } from '@kratom-care/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildAuthTestApp,
  cookieHeaderFrom,
  createTestFacility,
  createTestUser,
  CSRF_HEADERS,
  TEST_TARGETS,
  totpCode,
  type AuthTestApp,
} from '../test/auth-fixtures.js';
import { readCookie, signedCookieValue, verifySignedToken } from './session-cookie.js';

/*
 * Issue 8, defect 3: from a copy of the database, a valid staff cookie was forged out of the
 * plain `session.token`. The column now holds only a hash; a stolen row opens nothing, even when
 * the thief also has the signing secret.
 */

describe.each(TEST_TARGETS)('session tokens at rest on $kind', (target) => {
  let t: AuthTestApp;

  beforeEach(async () => {
    t = await buildAuthTestApp({ target });
  });

  afterEach(async () => {
    await t.close();
  });

  function post(url: string, payload: object, cookie?: string) {
    return t.app.inject({
      method: 'POST',
      url,
      headers: { ...CSRF_HEADERS, ...(cookie === undefined ? {} : { cookie }) },
      payload: payload as Record<string, unknown>,
    });
  }

  function tokenIn(cookie: string): string {
    return verifySignedToken(readCookie(cookie, t.identity.cookieName) ?? '', t.identity.secret) ?? '';
  }

  function forgedFrom(storedToken: string): string {
    return `${t.identity.cookieName}=${signedCookieValue(storedToken, t.identity.secret)}`;
  }

  async function sessionStatus(cookie: string): Promise<number> {
    return (await t.app.inject({ url: '/api/auth/session', headers: { cookie } })).statusCode;
  }

  it('stores only the hash of a signed-in staff member’s token; the row, even signed with the secret, is 401', async () => {
    const facilityId = await createTestFacility(t.app);
    const clinician = await createTestUser(t.app, { role: 'clinician', facilityId });
    const password = await post('/api/auth/sign-in', { email: clinician.email, password: clinician.password });
    const challenge = cookieHeaderFrom(password.headers['set-cookie']);
    const done = await post(
      '/api/auth/two-factor/challenge',
      { code: totpCode(clinician.totpSecret ?? '') },
      challenge,
    );
    expect(done.statusCode).toBe(200);
    const cookie = cookieHeaderFrom(done.headers['set-cookie']);
    const token = tokenIn(cookie);
    expect(token).not.toBe('');

    const rows = await t.db.selectFrom('session').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(await sessionStatus(cookie)).toBe(200);
    // What a thief with a backup and the signing secret would try (issue 8: this was a 200).
    expect(await sessionStatus(forgedFrom(rows[0]?.token ?? ''))).toBe(401);
    expect(await sessionStatus(forgedFrom(rows[0]?.id ?? ''))).toBe(401);
    expect(rows[0]?.token).toBe(sessionTokenDigest(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    // The refused cookie ended nothing: the real one still works.
    expect(await sessionStatus(cookie)).toBe(200);
  });

  it('keeps better-auth’s own session reads, lookups by several tokens and deletes working on the hash', async () => {
    const user = await createTestUser(t.app, { role: 'patient' });
    const context = await t.identity.auth.$context;
    const first = await context.internalAdapter.createSession(user.id);
    const second = await context.internalAdapter.createSession(user.id);
    expect(first.token).not.toMatch(/^[0-9a-f]{64}$/);

    const stored = await t.db
      .selectFrom('session')
      .select('token')
      .where('id', '=', first.id)
      .executeTakeFirstOrThrow();
    expect(stored.token).toBe(sessionTokenDigest(first.token));

    const headers = new Headers({ cookie: forgedFrom(first.token) });
    const viaApi = await t.identity.auth.api.getSession({ headers });
    expect(viaApi?.session).toMatchObject({ id: first.id, token: first.token });
    expect(
      await t.identity.auth.api.getSession({ headers: new Headers({ cookie: forgedFrom(stored.token) }) }),
    ).toBeNull();

    const both = await context.internalAdapter.findSessions([first.token, second.token]);
    expect(both.map((found) => found.session.token).sort()).toEqual([first.token, second.token].sort());

    await context.internalAdapter.deleteSession(first.token);
    expect(await context.internalAdapter.findSession(first.token)).toBeNull();
    expect((await context.internalAdapter.findSession(second.token))?.session.id).toBe(second.id);
  });

  it('signs out through better-auth by the cookie’s token', async () => {
    const user = await createTestUser(t.app, { role: 'family' });
    const signIn = await post('/api/auth/sign-in', { email: user.email, password: user.password });
    const cookie = cookieHeaderFrom(signIn.headers['set-cookie']);
    expect(await sessionStatus(cookie)).toBe(200);

    await t.identity.auth.api.signOut({ headers: new Headers({ cookie }) });
    expect(await sessionStatus(cookie)).toBe(401);
    expect(await t.db.selectFrom('session').select('id').execute()).toEqual([]);
  });
});
