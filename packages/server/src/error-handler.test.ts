import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from './app-types.js';
import { createApp } from './app.js';
import { renderError } from './error-handler.js';
import { AppError } from './errors.js';
import { API_CSP } from './security-headers.js';
import { TEST_CONFIG } from './test/build-test-app.js';
import { createLogCapture } from './test/log-capture.js';
import { signInStandIn } from './test/stand-in-principal.js';

describe('renderError', () => {
  it('keeps an AppError code, status, message and issues', () => {
    const issues = [{ path: ['answers', 'gi'], message: 'Required: answer this item' }];
    expect(renderError(new AppError('INVALID_BODY', 'The body is not valid', issues))).toEqual({
      status: 400,
      body: { code: 'INVALID_BODY', message: 'The body is not valid', issues },
    });
  });

  it.each([
    [new Error('SQLITE_CORRUPT: database disk image is malformed at /data/kratom-care.sqlite')],
    [new TypeError("Cannot read properties of undefined (reading 'points')")],
    ['a thrown string'],
    [null],
    [{ statusCode: 503, message: 'upstream detail' }],
  ])('answers a bare 500 for %s', (error) => {
    expect(renderError(error)).toEqual({ status: 500, body: { code: 'INTERNAL', message: 'Something went wrong' } });
  });

  it('maps an unlisted 4xx from a plugin to a generic message', () => {
    expect(renderError({ statusCode: 429, code: 'X', message: 'quota for 10.0.0.7' })).toEqual({
      status: 429,
      body: { code: 'RATE_LIMITED', message: 'The request is not valid' },
    });
  });
});

describe('an unexpected error inside a route', () => {
  const logs = createLogCapture();
  let app: App;
  beforeAll(async () => {
    app = await createApp({ config: { ...TEST_CONFIG, logLevel: 'info' }, logStream: logs.stream });
    // Every /api route not listed public is protected, this one included.
    signInStandIn(app);
    app.get('/api/test-only/boom', () => {
      throw new Error('secret internals: SELECT * FROM patients');
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers 500 with no details, the security headers and a request id', async () => {
    const res = await app.inject({ url: '/api/test-only/boom' });

    expect(res.statusCode).toBe(500);
    expect(res.body).toBe('{"code":"INTERNAL","message":"Something went wrong"}');
    expect(res.headers['content-security-policy']).toBe(API_CSP);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-request-id']).toEqual(expect.any(String));
  });

  it('logs the error with the request id so support can find it', async () => {
    const res = await app.inject({ url: '/api/test-only/boom' });
    const logged = logs
      .lines()
      .find((line) => line['msg'] === 'unhandled error' && line['reqId'] === res.headers['x-request-id']);

    expect(logged?.['level']).toBe(50);
    expect((logged?.['err'] as { message?: string } | undefined)?.message).toContain('secret internals');
  });
});
