import type { TApiError, TSessionView } from '@kratom-care/contracts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { disableUser } from '../accounts.js';
import {
  buildAuthTestApp,
  cookieHeaderFrom,
  createTestFacility,
  createTestUser,
  CSRF_HEADERS,
  PROBE_URL,
  registerProbeRoutes,
  signInAs,
  TEST_TARGETS,
  type AuthTestApp,
} from '../../test/auth-fixtures.js';

type SignedIn = { session: TSessionView };

const PASSWORD = 'a long fictional passphrase';

describe.each(TEST_TARGETS)('sign-up, sign-in and sign-out on $kind', (target) => {
  let t: AuthTestApp;

  beforeEach(async () => {
    t = await buildAuthTestApp({ target, routes: registerProbeRoutes });
  });

  afterEach(async () => {
    await t.close();
  });

  function post(url: string, payload: unknown, cookie?: string) {
    return t.app.inject({
      method: 'POST',
      url,
      headers: { ...CSRF_HEADERS, ...(cookie === undefined ? {} : { cookie }) },
      payload: payload as Record<string, unknown>,
    });
  }

  it('signs a patient up with a linked patient record and no facility, and signs them in', async () => {
    const response = await post('/api/auth/sign-up', {
      email: 'Sam.Fictional@Example.org',
      givenName: 'Sam',
      familyName: 'Fictional',
      password: PASSWORD,
    });

    expect(response.statusCode).toBe(201);
    const body = response.json<SignedIn>();
    expect(body).toMatchObject({
      twoFactorRequired: false,
      session: {
        user: { email: 'sam.fictional@example.org', name: 'Sam Fictional' },
        roles: [{ role: 'patient', facilityId: null }],
        isStaff: false,
        idleTimeoutMinutes: 30,
      },
    });
    const patient = await t.db.selectFrom('patient').selectAll().executeTakeFirstOrThrow();
    expect(patient).toMatchObject({ user_id: body.session.user.id, facility_id: null, given_name: 'Sam' });
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/^kratom-care\.session_token=[^;]+; Max-Age=43200; Path=\/; HttpOnly; SameSite=Lax$/);

    const session = await t.app.inject({ url: '/api/auth/session', headers: { cookie: cookieHeaderFrom(setCookie) } });
    expect(session.statusCode).toBe(200);
    expect(session.json<SignedIn['session']>().user.email).toBe('sam.fictional@example.org');
  });

  it('refuses a second sign-up with the same email (409) and a short password (400 naming the field)', async () => {
    const payload = { email: 'sam@example.org', givenName: 'Sam', password: PASSWORD };
    expect((await post('/api/auth/sign-up', payload)).statusCode).toBe(201);
    const again = await post('/api/auth/sign-up', payload);
    expect(again.statusCode).toBe(409);
    expect(again.json<TApiError>().code).toBe('CONFLICT');

    const short = await post('/api/auth/sign-up', { ...payload, email: 'other@example.org', password: 'elevenchars' });
    expect(short.statusCode).toBe(400);
    expect(short.json<TApiError>().issues).toEqual([{ path: ['password'], message: 'Must be at least 12 characters' }]);
  });

  it('answers unknown email and wrong password with the same 401 body', async () => {
    const user = await createTestUser(t.app, { role: 'family' });
    const unknown = await post('/api/auth/sign-in', { email: 'nobody@example.org', password: PASSWORD });
    const wrong = await post('/api/auth/sign-in', { email: user.email, password: 'not the password at all' });

    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(unknown.json()).toEqual({ code: 'UNAUTHENTICATED', message: 'The email or password is not right' });
  });

  it('issues a new session at sign-in and kills the pre-login cookie (session fixation)', async () => {
    const user = await createTestUser(t.app, { role: 'patient' });
    const before = await signInAs(t.app, user);
    expect((await t.app.inject({ url: PROBE_URL, headers: before })).statusCode).toBe(200);

    const signIn = await post('/api/auth/sign-in', { email: user.email, password: user.password }, before.cookie);
    expect(signIn.statusCode).toBe(200);
    const after = cookieHeaderFrom(signIn.headers['set-cookie']);
    expect(after).not.toBe(before.cookie);

    expect((await t.app.inject({ url: PROBE_URL, headers: { cookie: before.cookie } })).statusCode).toBe(401);
    expect((await t.app.inject({ url: PROBE_URL, headers: { cookie: after } })).statusCode).toBe(200);
  });

  it('never adopts a cookie value planted before sign-in', async () => {
    const user = await createTestUser(t.app, { role: 'patient' });
    const planted = `${t.identity.cookieName}=attacker-chosen-value.c2lnbmF0dXJl`;
    const signIn = await post('/api/auth/sign-in', { email: user.email, password: user.password }, planted);

    expect(signIn.statusCode).toBe(200);
    const issued = cookieHeaderFrom(signIn.headers['set-cookie']);
    expect(issued).toMatch(/^kratom-care\.session_token=/);
    expect(issued).not.toContain('attacker-chosen-value');
  });

  it('ends the session on sign-out: the same cookie is 401 on the next request', async () => {
    const user = await createTestUser(t.app, { role: 'patient' });
    const headers = await signInAs(t.app, user);

    const out = await t.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/Max-Age=0/);
    expect(out.headers['clear-site-data']).toBe('"cache"');

    const afterSignOut = await t.app.inject({ url: PROBE_URL, headers });
    expect(afterSignOut.statusCode).toBe(401);
    expect(afterSignOut.json<TApiError>()).toEqual({ code: 'UNAUTHENTICATED', message: 'Sign in to continue' });
    expect(await t.db.selectFrom('session').select('id').where('userId', '=', user.id).execute()).toEqual([]);
  });

  it('ends every session of a disabled user on their next request, and refuses their sign-in', async () => {
    const facilityId = await createTestFacility(t.app);
    const user = await createTestUser(t.app, { role: 'clinician', facilityId });
    const first = await signInAs(t.app, user);
    const second = await signInAs(t.app, user);
    expect((await t.app.inject({ url: PROBE_URL, headers: first })).statusCode).toBe(200);

    await disableUser(t.db, user.id, t.clock.now().toISOString());

    expect((await t.app.inject({ url: PROBE_URL, headers: first })).statusCode).toBe(401);
    expect((await t.app.inject({ url: PROBE_URL, headers: second })).statusCode).toBe(401);
    const signIn = await post('/api/auth/sign-in', { email: user.email, password: user.password });
    expect(signIn.statusCode).toBe(401);
    expect(signIn.json<TApiError>().code).toBe('UNAUTHENTICATED');
  });

  it('answers GET /api/auth/session with 401 when nobody is signed in', async () => {
    const response = await t.app.inject({ url: '/api/auth/session' });
    expect(response.statusCode).toBe(401);
    expect(response.json<TApiError>().code).toBe('UNAUTHENTICATED');
  });
});

describe('session cookie outside development', () => {
  it('is Secure with the __Secure- prefix, HttpOnly and SameSite=Lax in production', async () => {
    const t = await buildAuthTestApp({ config: { nodeEnv: 'production' } });
    try {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up',
        headers: CSRF_HEADERS,
        payload: { email: 'prod@example.org', givenName: 'Pat', password: PASSWORD },
      });
      expect(response.statusCode).toBe(201);
      const setCookie = String(response.headers['set-cookie']);
      expect(setCookie).toMatch(/^__Secure-kratom-care\.session_token=[^;]+;/);
      expect(setCookie).toMatch(/; HttpOnly/);
      expect(setCookie).toMatch(/; Secure/);
      expect(setCookie).toMatch(/; SameSite=Lax/);
      const session = await t.app.inject({
        url: '/api/auth/session',
        headers: { cookie: cookieHeaderFrom(setCookie) },
      });
      expect(session.statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});
