import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from './app-types.js';
import { UI_CSP } from './security-headers.js';
import { buildTestApp } from './test/build-test-app.js';
import { createTempWebRoot } from './test/temp-web-root.js';

describe('serving the offline self-check service worker', () => {
  let app: App;
  let remove: () => void;
  beforeAll(async () => {
    const temp = createTempWebRoot();
    remove = temp.remove;
    writeFileSync(join(temp.webRoot, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    app = await buildTestApp({ webRoot: temp.webRoot });
  });
  afterAll(async () => {
    await app.close();
    remove();
  });

  it('serves /sw.js as JavaScript, revalidated on every visit so a new release takes over', async () => {
    const res = await app.inject({ url: '/sw.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('gives the worker the UI policy, which lets it fetch its own files, not the JSON one', async () => {
    const res = await app.inject({ url: '/sw.js' });
    expect(res.headers['content-security-policy']).toBe(UI_CSP);
    expect(UI_CSP).toContain("connect-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('leaves other built files with their usual headers', async () => {
    const res = await app.inject({ url: '/assets/index-abc123.js' });
    expect(res.headers['cache-control']).not.toBe('no-cache');
    expect(res.headers['content-security-policy']).not.toBe(UI_CSP);
  });
});
