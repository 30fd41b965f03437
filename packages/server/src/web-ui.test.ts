import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from './app-types.js';
import { buildTestApp } from './test/build-test-app.js';
import { createTempWebRoot, TEST_INDEX_HTML } from './test/temp-web-root.js';

const HTML = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

describe('serving the built web UI', () => {
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

  it('serves index.html at /', async () => {
    const res = await app.inject({ url: '/', headers: HTML });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe(TEST_INDEX_HTML);
  });

  it('serves built assets', async () => {
    const res = await app.inject({ url: '/assets/index-abc123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
  });

  it('answers a page navigation to a client-side route with the shell, not to be cached', async () => {
    const res = await app.inject({ url: '/self-check/result?step=2', headers: HTML });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe(TEST_INDEX_HTML);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('answers JSON 404 for a missing asset that is not a page navigation', async () => {
    const res = await app.inject({ url: '/assets/missing.js', headers: { accept: '*/*' } });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'NOT_FOUND', message: 'Not found' });
  });

  it('answers JSON 404, never the shell, for unknown API paths', async () => {
    const res = await app.inject({ url: '/api/unknown', headers: HTML });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'NOT_FOUND', message: 'Not found' });
  });

  it('does not serve dotfiles', async () => {
    const res = await app.inject({ url: '/.env', headers: { accept: '*/*' } });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('do-not-serve');
  });

  it('answers JSON 404 for a POST to a page path', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/self-check',
      headers: { ...HTML, 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses to start with a UI folder that has no index.html', async () => {
    await expect(buildTestApp({ webRoot: '/nonexistent/kratom-care-web' })).rejects.toThrow(/no index\.html/);
  });
});

describe('without a web UI', () => {
  it('answers JSON 404 for pages', async () => {
    const app = await buildTestApp();
    const res = await app.inject({ url: '/', headers: HTML });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'NOT_FOUND', message: 'Not found' });
    await app.close();
  });
});
