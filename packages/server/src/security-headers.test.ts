import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from './app-types.js';
import { API_CSP, UI_CSP } from './security-headers.js';
import { buildTestApp } from './test/build-test-app.js';
import { postJson, postValue } from './test/inject-json.js';
import { lowestAnswers } from './test/instrument-fixtures.js';
import { createTempWebRoot } from './test/temp-web-root.js';

const COWS = '/api/instruments/cows/score';

function expectBaseHeaders(res: LightMyRequestResponse): void {
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['referrer-policy']).toBe('no-referrer');
  expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
  expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  expect(res.headers['x-powered-by']).toBeUndefined();
  expect(res.headers['access-control-allow-origin']).toBeUndefined();
  expect(res.headers['access-control-allow-credentials']).toBeUndefined();
}

function expectApiHeaders(res: LightMyRequestResponse): void {
  expectBaseHeaders(res);
  expect(res.headers['content-security-policy']).toBe(API_CSP);
  expect(res.headers['cache-control']).toBe('no-store');
  expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
}

describe('security headers on API responses', () => {
  let app: App;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  const cases: ReadonlyArray<[number, string, (app: App) => Promise<LightMyRequestResponse>]> = [
    [200, 'a score', (a) => postValue(a, COWS, lowestAnswers('cows'))],
    [200, 'the instrument list', (a) => a.inject({ url: '/api/instruments' })],
    [200, 'the health probe', (a) => a.inject({ url: '/healthz' })],
    [400, 'an invalid body', (a) => postValue(a, COWS, {})],
    [400, 'broken JSON', (a) => postJson(a, COWS, '{')],
    [400, 'an undecodable URL', (a) => a.inject({ url: '/api/instruments/%E0%A4%A' })],
    [404, 'an unknown instrument', (a) => a.inject({ url: '/api/instruments/nope' })],
    [404, 'an unknown API path', (a) => a.inject({ url: '/api/nothing/here' })],
    [413, 'a 2 MB body', (a) => postJson(a, COWS, JSON.stringify({ pad: 'x'.repeat(2 * 1024 * 1024) }))],
    [
      415,
      'a text/plain body',
      (a) => a.inject({ method: 'POST', url: COWS, headers: { 'content-type': 'text/plain' }, payload: '{}' }),
    ],
  ];

  it.each(cases)('sets them on a %i for %s', async (status, _label, send) => {
    const res = await send(app);
    expect(res.statusCode).toBe(status);
    expectApiHeaders(res);
  });

  it.each(['http://evil.example', 'null'])('never answers CORS for Origin %s, not even preflight', async (origin) => {
    const get = await app.inject({ url: '/api/instruments', headers: { origin } });
    expect(get.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: COWS,
      headers: { origin, 'access-control-request-method': 'POST' },
    });
    expect(preflight.statusCode).toBe(404);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-methods']).toBeUndefined();
  });
});

describe('security headers on the web UI', () => {
  let app: App;
  let remove: () => void;
  beforeAll(async () => {
    const temp = createTempWebRoot();
    remove = temp.remove;
    app = await buildTestApp({ webRoot: temp.webRoot });
  });
  afterAll(async () => {
    await app.close();
    remove();
  });

  it.each(['/', '/check/result'])('gives the HTML shell at %s the strict UI policy', async (url) => {
    const res = await app.inject({ url, headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-security-policy']).toBe(UI_CSP);
    expectBaseHeaders(res);
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
  });

  it('keeps the API policy on API errors asked for as HTML', async () => {
    const res = await app.inject({ url: '/api/nothing', headers: { accept: 'text/html' } });
    expect(res.statusCode).toBe(404);
    expectApiHeaders(res);
  });

  it('sets the base headers on static assets', async () => {
    const res = await app.inject({ url: '/assets/index-abc123.js' });
    expect(res.statusCode).toBe(200);
    expectBaseHeaders(res);
    expect(res.headers['content-security-policy']).toBe(API_CSP);
  });
});
