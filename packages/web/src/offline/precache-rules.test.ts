import { describe, expect, it } from 'vitest';
import type { PrecacheManifest } from './precache-manifest';
import { isApiPathname, precacheKeyFor } from './precache-rules';

const ORIGIN = 'https://care.example';
const MANIFEST: PrecacheManifest = { version: 'v1', assets: ['/index.html', '/assets/index-abc.js', '/favicon.svg'] };
const get = (path: string, mode = 'cors') => ({ method: 'GET', url: `${ORIGIN}${path}`, mode });

describe('what the service worker answers from its cache', () => {
  it('answers the self-check pages with the cached shell', () => {
    for (const path of ['/', '/check/safety', '/check/withdrawal', '/check/result?x=1', '/check/summary/']) {
      expect(precacheKeyFor(get(path, 'navigate'), ORIGIN, MANIFEST)).toBe('/index.html');
    }
  });

  it('answers a listed file with itself, and leaves unlisted files to the network', () => {
    expect(precacheKeyFor(get('/assets/index-abc.js'), ORIGIN, MANIFEST)).toBe('/assets/index-abc.js');
    expect(precacheKeyFor(get('/favicon.svg'), ORIGIN, MANIFEST)).toBe('/favicon.svg');
    expect(precacheKeyFor(get('/assets/workspace-routes-def.js'), ORIGIN, MANIFEST)).toBeNull();
  });

  it('never answers the API, even for a GET, and never for a navigation to it', () => {
    for (const path of ['/api', '/api/', '/api/session', '/api/patients/1?x', '/healthz']) {
      expect(isApiPathname(new URL(`${ORIGIN}${path}`).pathname)).toBe(true);
      expect(precacheKeyFor(get(path), ORIGIN, MANIFEST)).toBeNull();
      expect(precacheKeyFor(get(path, 'navigate'), ORIGIN, MANIFEST)).toBeNull();
    }
    expect(isApiPathname('/apiary')).toBe(false);
  });

  it('never answers a request that is not a GET (it could carry answers)', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'HEAD']) {
      expect(precacheKeyFor({ method, url: `${ORIGIN}/`, mode: 'navigate' }, ORIGIN, MANIFEST)).toBeNull();
      expect(
        precacheKeyFor({ method, url: `${ORIGIN}/assets/index-abc.js`, mode: 'cors' }, ORIGIN, MANIFEST),
      ).toBeNull();
    }
  });

  it('leaves the signed-in pages and other origins to the network', () => {
    for (const path of ['/sign-in', '/patients/1', '/me/record', '/check/../patients']) {
      expect(precacheKeyFor(get(path, 'navigate'), ORIGIN, MANIFEST)).toBeNull();
    }
    expect(
      precacheKeyFor({ method: 'GET', url: 'https://cdn.example/assets/index-abc.js', mode: 'cors' }, ORIGIN, MANIFEST),
    ).toBeNull();
  });
});
