import type { TApiError, TSessionView } from '@kratom-care/contracts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildAuthTestApp,
  cookieHeaderFrom,
  createTestFacility,
  createTestUser,
  CSRF_HEADERS,
  PROBE_URL,
  registerProbeRoutes,
  secretOfTotpUri,
  TEST_TARGETS,
  totpCode,
  type AuthTestApp,
  type TestUser,
} from '../../test/auth-fixtures.js';

type SignedIn = { session: TSessionView };

describe.each(TEST_TARGETS)('staff second factor (TOTP) on $kind', (target) => {
  let t: AuthTestApp;
  let facilityId: string;

  beforeEach(async () => {
    t = await buildAuthTestApp({ target, routes: registerProbeRoutes });
    facilityId = await createTestFacility(t.app);
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

  async function passwordSignIn(user: TestUser): Promise<{ body: Record<string, unknown>; cookie: string }> {
    const response = await post('/api/auth/sign-in', { email: user.email, password: user.password });
    expect(response.statusCode).toBe(200);
    return { body: response.json(), cookie: cookieHeaderFrom(response.headers['set-cookie']) };
  }

  it('blocks staff without TOTP from protected routes until they enrol, then lets them in', async () => {
    const clinician = await createTestUser(t.app, { role: 'clinician', facilityId, secondFactor: false });
    const { body, cookie } = await passwordSignIn(clinician);
    expect(body).toMatchObject({ twoFactorRequired: false, session: { isStaff: true, secondFactorRequired: true } });

    const blocked = await t.app.inject({ url: PROBE_URL, headers: { cookie } });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json()).toEqual({
      code: 'SECOND_FACTOR_REQUIRED',
      message: 'Set up your authenticator app to continue',
    });
    expect((await t.app.inject({ url: '/api/auth/session', headers: { cookie } })).statusCode).toBe(200);

    const wrongPassword = await post('/api/auth/two-factor/enroll', { password: 'not my password at all' }, cookie);
    expect(wrongPassword.statusCode).toBe(400);
    expect(wrongPassword.json<TApiError>().issues).toEqual([
      { path: ['password'], message: 'The password is not right' },
    ]);

    const enrol = await post('/api/auth/two-factor/enroll', { password: clinician.password }, cookie);
    expect(enrol.statusCode).toBe(200);
    const { totpUri, recoveryCodes } = enrol.json<{ totpUri: string; recoveryCodes: string[] }>();
    expect(totpUri).toMatch(/^otpauth:\/\/totp\/kratom-care:/);
    expect(recoveryCodes).toHaveLength(10);
    // better-auth issues them with our generator: no 0/O/o, 1/l/I/i to misread (recovery-codes.ts).
    for (const code of recoveryCodes) {
      expect(code).toMatch(/^[2-9a-hjkmnp-z]{5}-[2-9a-hjkmnp-z]{5}$/);
    }
    const secret = secretOfTotpUri(totpUri);

    expect((await post('/api/auth/two-factor/verify', { code: '000000' }, cookie)).statusCode).toBe(400);
    const verified = await post('/api/auth/two-factor/verify', { code: totpCode(secret) }, cookie);
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({ secondFactorEnabled: true, secondFactorRequired: false });
    const renewed = cookieHeaderFrom(verified.headers['set-cookie']);

    expect((await t.app.inject({ url: PROBE_URL, headers: { cookie: renewed } })).statusCode).toBe(200);
    expect((await t.app.inject({ url: PROBE_URL, headers: { cookie } })).statusCode).toBe(401);
  });

  it('ends the other password-only sessions when TOTP enrolment completes', async () => {
    const admissions = await createTestUser(t.app, { role: 'admissions', facilityId, secondFactor: false });
    const elsewhere = await passwordSignIn(admissions);
    const here = await passwordSignIn(admissions);
    const enrol = await post('/api/auth/two-factor/enroll', { password: admissions.password }, here.cookie);
    const secret = secretOfTotpUri(enrol.json<{ totpUri: string }>().totpUri);
    expect((await post('/api/auth/two-factor/verify', { code: totpCode(secret) }, here.cookie)).statusCode).toBe(200);

    expect((await t.app.inject({ url: '/api/auth/session', headers: { cookie: elsewhere.cookie } })).statusCode).toBe(
      401,
    );
  });

  it('asks enrolled users for a code at sign-in; each code works once', async () => {
    const clinician = await createTestUser(t.app, { role: 'clinician', facilityId });
    const secret = clinician.totpSecret ?? '';
    const first = await passwordSignIn(clinician);
    expect(first.body).toEqual({ twoFactorRequired: true });
    expect((await t.app.inject({ url: PROBE_URL, headers: { cookie: first.cookie } })).statusCode).toBe(401);

    const code = totpCode(secret, 1);
    const done = await post('/api/auth/two-factor/challenge', { code }, first.cookie);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ twoFactorRequired: false, session: { secondFactorEnabled: true } });
    const session = cookieHeaderFrom(done.headers['set-cookie']);
    expect((await t.app.inject({ url: PROBE_URL, headers: { cookie: session } })).statusCode).toBe(200);

    const second = await passwordSignIn(clinician);
    const replay = await post('/api/auth/two-factor/challenge', { code }, second.cookie);
    expect(replay.statusCode).toBe(401);
    expect(replay.json<TApiError>().code).toBe('UNAUTHENTICATED');
  });

  it('rejects a wrong code and a challenge without the sign-in cookie', async () => {
    const clinician = await createTestUser(t.app, { role: 'clinician', facilityId });
    const { cookie } = await passwordSignIn(clinician);
    const wrong = totpCode(clinician.totpSecret ?? '', 5);

    expect((await post('/api/auth/two-factor/challenge', { code: wrong }, cookie)).statusCode).toBe(401);
    expect(
      (await post('/api/auth/two-factor/challenge', { code: totpCode(clinician.totpSecret ?? '') })).statusCode,
    ).toBe(401);
  });

  it('accepts a recovery code once', async () => {
    const admin = await createTestUser(t.app, { role: 'admin', facilityId });
    const recoveryCode = admin.recoveryCodes[0] ?? '';

    const first = await passwordSignIn(admin);
    const used = await post('/api/auth/two-factor/challenge', { recoveryCode }, first.cookie);
    expect(used.statusCode).toBe(200);
    expect(used.json<SignedIn>().session.user.id).toBe(admin.id);

    const second = await passwordSignIn(admin);
    expect((await post('/api/auth/two-factor/challenge', { recoveryCode }, second.cookie)).statusCode).toBe(401);
    const other = await post('/api/auth/two-factor/challenge', { recoveryCode: admin.recoveryCodes[1] }, second.cookie);
    expect(other.statusCode).toBe(200);
  });

  it('names the field when the challenge body is malformed', async () => {
    const response = await post('/api/auth/two-factor/challenge', { code: '12ab56' });
    expect(response.statusCode).toBe(400);
    expect(response.json<TApiError>().code).toBe('INVALID_BODY');
  });
});
