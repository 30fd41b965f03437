import type { TApiError } from '@kratom-care/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAuthTestApp,
  createTestUser,
  PROBE_URL,
  registerProbeRoutes,
  signInAs,
  type AuthTestApp,
} from '../test/auth-fixtures.js';
import { lowestAnswers } from '../test/instrument-fixtures.js';

describe('CSRF protection (SECURITY.md BR-01)', () => {
  let t: AuthTestApp;
  let cookie: string;

  beforeAll(async () => {
    t = await buildAuthTestApp({ routes: registerProbeRoutes, config: { publicUrl: 'https://care.example.org' } });
    const user = await createTestUser(t.app, { role: 'patient' });
    ({ cookie } = await signInAs(t.app, user));
  });

  afterAll(async () => {
    await t.close();
  });

  function send(headers: Record<string, string>, payload = '{}') {
    return t.app.inject({ method: 'POST', url: PROBE_URL, headers: { cookie, ...headers }, payload });
  }

  const json = { 'content-type': 'application/json' };
  const token = { 'x-requested-with': 'kratom-care' };

  it('lets a same-origin JSON request with the header through', async () => {
    const response = await send({
      ...json,
      ...token,
      origin: 'https://care.example.org',
      'sec-fetch-site': 'same-origin',
    });
    expect(response.statusCode).toBe(200);
  });

  it('lets a non-browser client (no Origin, no Sec-Fetch-Site) through when it sends the header', async () => {
    expect((await send({ ...json, ...token })).statusCode).toBe(200);
  });

  it('rejects a request without the custom header with 403 CSRF_REJECTED', async () => {
    const response = await send({ ...json, origin: 'https://care.example.org' });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual({
      code: 'CSRF_REJECTED',
      message: 'Send the header x-requested-with: kratom-care',
    });
  });

  it('rejects a wrong header value', async () => {
    expect((await send({ ...json, 'x-requested-with': 'XMLHttpRequest' })).statusCode).toBe(403);
  });

  it('rejects a foreign Origin, even with the header', async () => {
    const response = await send({ ...json, ...token, origin: 'http://evil.example' });
    expect(response.statusCode).toBe(403);
    expect(response.json<TApiError>().code).toBe('CSRF_REJECTED');
  });

  it('rejects Origin: null', async () => {
    expect((await send({ ...json, ...token, origin: 'null' })).statusCode).toBe(403);
  });

  it('rejects a cross-site or same-site Sec-Fetch-Site', async () => {
    expect((await send({ ...json, ...token, 'sec-fetch-site': 'cross-site' })).statusCode).toBe(403);
    expect((await send({ ...json, ...token, 'sec-fetch-site': 'same-site' })).statusCode).toBe(403);
  });

  it('rejects a text/plain replay: 403 without the header (a form cannot add it), 415 with it', async () => {
    const form = await send({ 'content-type': 'text/plain', origin: 'http://evil.example' }, '{"x":1}');
    expect(form.statusCode).toBe(403);
    const withHeader = await send({ 'content-type': 'text/plain', ...token }, '{"x":1}');
    expect(withHeader.statusCode).toBe(415);
  });

  it('checks the routes that start a session even without a cookie', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { origin: 'http://evil.example' },
      payload: { email: 'nobody@example.org', password: 'whatever it is' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json<TApiError>().code).toBe('CSRF_REJECTED');
  });

  it('does not check safe methods, which change nothing', async () => {
    const response = await t.app.inject({ url: PROBE_URL, headers: { cookie, origin: 'http://evil.example' } });
    expect(response.statusCode).toBe(200);
  });

  it('leaves cookie-less public routes (the self-check scoring) alone', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/instruments/gad7/score',
      headers: json,
      payload: lowestAnswers('gad7'),
    });
    expect(response.statusCode).toBe(200);
  });
});
