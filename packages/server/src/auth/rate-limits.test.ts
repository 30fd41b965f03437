import type { TApiError } from '@kratom-care/contracts';
import { createScratchDatabase, type ScratchDatabase } from '@kratom-care/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAppPair, type AppPair } from '../test/app-pair.js';
import {
  buildAuthTestApp,
  createTestUser,
  CSRF_HEADERS,
  TEST_TARGETS,
  TestClock,
  type AuthTestApp,
} from '../test/auth-fixtures.js';
import { DEFAULT_AUTH_LIMITS, FailedSignInCounter } from './rate-limits.js';

const HOUR = 60 * 60 * 1000;
const SECRET = 'a fictional secret of at least 32 characters';

describe.each(TEST_TARGETS)('FailedSignInCounter on $kind', (target) => {
  let scratch: ScratchDatabase;

  beforeEach(async () => {
    scratch = await createScratchDatabase(target);
  });

  afterEach(async () => {
    await scratch.dispose();
  });

  it('allows the limit of failures per hour per lower-cased email, then refuses until the hour passes', async () => {
    const clock = new TestClock(new Date('2026-11-28T16:00:00.000Z'));
    const counter = new FailedSignInCounter({ db: scratch.db, clock: clock.now, secret: SECRET, limitPerHour: 3 });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(await counter.allows('Alex@Example.org')).toBe(true);
      await counter.recordFailure('alex@example.org');
    }
    expect(await counter.allows('ALEX@example.org')).toBe(false);
    expect(await counter.allows('someone-else@example.org')).toBe(true);
    clock.advance(HOUR);
    expect(await counter.allows('alex@example.org')).toBe(true);
  });

  it('shares the count between instances on one database, and stores neither the email nor its plain hash', async () => {
    const clock = new TestClock(new Date('2026-11-28T16:00:00.000Z'));
    const deps = { db: scratch.db, clock: clock.now, secret: SECRET, limitPerHour: 4 };
    const [first, second] = [new FailedSignInCounter(deps), new FailedSignInCounter(deps)];
    for (let attempt = 0; attempt < 2; attempt += 1) {
      await first.recordFailure('alex@example.org');
      await second.recordFailure('alex@example.org');
    }
    expect(await first.allows('alex@example.org')).toBe(false);
    expect(await second.allows('alex@example.org')).toBe(false);
    const stored = JSON.stringify(await scratch.db.selectFrom('rate_limit_counter').selectAll().execute());
    expect(stored).not.toContain('alex');
  });
});

// Each sign-in runs scrypt, even for an unknown email: a dozen of them take seconds on a busy machine.
describe('auth rate limits', { timeout: 30_000 }, () => {
  let t: AuthTestApp | undefined;

  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  function signIn(app: AuthTestApp, email: string, password: string, forwardedFor?: string) {
    return app.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { ...CSRF_HEADERS, ...(forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor }) },
      payload: { email, password },
    });
  }

  it('stays under SECURITY.md ceilings by default (≤ 160/min per IP, ≤ 100 failures/hour per account)', () => {
    const perIp = [
      DEFAULT_AUTH_LIMITS.signInPerIpPerMinute,
      DEFAULT_AUTH_LIMITS.signUpPerIpPerMinute,
      DEFAULT_AUTH_LIMITS.passwordResetPerIpPerMinute,
      DEFAULT_AUTH_LIMITS.twoFactorPerIpPerMinute,
      DEFAULT_AUTH_LIMITS.tokenPerIpPerMinute,
    ];
    expect(Math.max(...perIp)).toBeLessThanOrEqual(160);
    expect(DEFAULT_AUTH_LIMITS.failedSignInsPerAccountPerHour).toBeLessThanOrEqual(100);
  });

  it('limits sign-in per IP with a 429 in our error shape, and a spoofed X-Forwarded-For does not reset it', async () => {
    t = await buildAuthTestApp({ limits: { signInPerIpPerMinute: 3 } });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect((await signIn(t, `nobody${attempt}@example.org`, 'wrong password!')).statusCode).toBe(401);
    }
    const limited = await signIn(t, 'nobody@example.org', 'wrong password!');
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toEqual({
      code: 'RATE_LIMITED',
      message: 'Too many attempts. Wait a few minutes, then try again.',
    });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.headers['content-security-policy']).toBeDefined();

    for (let attempt = 0; attempt < 5; attempt += 1) {
      const spoofed = await signIn(t, 'nobody@example.org', 'wrong password!', `203.0.113.${attempt + 1}`);
      expect(spoofed.statusCode).toBe(429);
    }
  });

  it('caps failed sign-ins per account even across addresses, and the right password works after the hour', async () => {
    t = await buildAuthTestApp({
      limits: { signInPerIpPerMinute: 1000, failedSignInsPerAccountPerHour: 3 },
      config: { trustedProxy: '127.0.0.1' },
    });
    const user = await createTestUser(t.app, { role: 'patient' });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const failed = await signIn(t, user.email, 'not the password!', `198.51.100.${attempt + 1}`);
      expect(failed.statusCode).toBe(401);
    }

    const capped = await signIn(t, user.email.toUpperCase(), user.password, '198.51.100.50');
    expect(capped.statusCode).toBe(429);
    expect(capped.json<TApiError>().code).toBe('RATE_LIMITED');

    t.clock.advance(HOUR);
    expect((await signIn(t, user.email, user.password, '198.51.100.51')).statusCode).toBe(200);
  });

  it('believes X-Forwarded-For from a configured proxy, so clients behind it get their own counters', async () => {
    t = await buildAuthTestApp({ limits: { signInPerIpPerMinute: 2 }, config: { trustedProxy: '127.0.0.1' } });
    for (const client of ['192.0.2.10', '192.0.2.11', '192.0.2.12']) {
      expect((await signIn(t, 'nobody@example.org', 'wrong password!', client)).statusCode).toBe(401);
      expect((await signIn(t, 'nobody@example.org', 'wrong password!', client)).statusCode).toBe(401);
      expect((await signIn(t, 'nobody@example.org', 'wrong password!', client)).statusCode).toBe(429);
    }
  });

  it('limits sign-up and reset requests per IP too', async () => {
    t = await buildAuthTestApp({ limits: { signUpPerIpPerMinute: 1, passwordResetPerIpPerMinute: 1 } });
    const signUp = (email: string) =>
      t?.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up',
        headers: CSRF_HEADERS,
        payload: { email, givenName: 'Kit', password: 'a long fictional passphrase' },
      });
    expect((await signUp('kit1@example.org'))?.statusCode).toBe(201);
    expect((await signUp('kit2@example.org'))?.statusCode).toBe(429);

    const reset = () =>
      t?.app.inject({
        method: 'POST',
        url: '/api/auth/password-reset/request',
        headers: CSRF_HEADERS,
        payload: { email: 'kit1@example.org' },
      });
    expect((await reset())?.statusCode).toBe(202);
    expect((await reset())?.statusCode).toBe(429);
  });
});

// Two apps on one scratch database take a few seconds to build on a busy machine.
describe.each(TEST_TARGETS)('per-IP limits shared by two instances on $kind', { timeout: 30_000 }, (target) => {
  let pair: AppPair | undefined;

  afterEach(async () => {
    await pair?.close();
    pair = undefined;
  });

  it('counts sign-ins that alternate between the instances against one budget (issue 8: 20 alternating got no 429)', async () => {
    pair = await buildAppPair(target, { limits: { signInPerIpPerMinute: 4 } });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const app = attempt % 2 === 0 ? pair.a : pair.b;
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: CSRF_HEADERS,
        payload: { email: `nobody${attempt}@example.org`, password: 'wrong password!' },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    // Another route keeps its own budget, as with the in-memory store.
    const reset = await pair.a.inject({
      method: 'POST',
      url: '/api/auth/password-reset/request',
      headers: CSRF_HEADERS,
      payload: { email: 'nobody@example.org' },
    });
    expect(reset.statusCode).toBe(202);
  });
});
