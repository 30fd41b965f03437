import { describe, expect, it, vi } from 'vitest';
import type { PrecacheManifest } from './precache-manifest';
import {
  registerServiceWorkerHandlers,
  type WorkerFetchEvent,
  type WorkerLifecycleEvent,
  type WorkerScope,
} from './service-worker-handlers';

const ORIGIN = 'https://care.example';
const MANIFEST: PrecacheManifest = { version: 'v2', assets: ['/index.html', '/assets/index-abc.js'] };

/** A fake worker scope with in-memory caches; returns the registered listeners to fire. */
function fakeScope(existingCaches: string[] = []) {
  const stored = new Map<string, Map<string, Response>>(existingCaches.map((name) => [name, new Map()]));
  const listeners = new Map<string, (event: never) => void>();
  const open = (name: string): Cache => {
    const entries = stored.get(name) ?? new Map<string, Response>();
    stored.set(name, entries);
    return {
      addAll: (requests: Request[]) => {
        for (const request of requests) {
          entries.set(new URL(request.url).pathname, new Response(`cached ${request.url}`));
        }
        return Promise.resolve();
      },
      match: (key: string) => Promise.resolve(entries.get(new URL(key).pathname)),
    } as unknown as Cache;
  };
  const skipWaiting = vi.fn(() => Promise.resolve());
  const network = vi.fn((request: Request) => Promise.resolve(new Response(`network ${request.url}`)));
  const scope: WorkerScope = {
    location: { origin: ORIGIN },
    caches: {
      open: (name: string) => Promise.resolve(open(name)),
      keys: () => Promise.resolve([...stored.keys()]),
      delete: (name: string) => Promise.resolve(stored.delete(name)),
    } as unknown as CacheStorage,
    fetch: network,
    skipWaiting,
    addEventListener: (type: string, listener: (event: never) => void) => {
      listeners.set(type, listener);
    },
  };
  registerServiceWorkerHandlers(scope, MANIFEST);
  const lifecycle = async (type: 'install' | 'activate'): Promise<void> => {
    let work: Promise<unknown> = Promise.resolve();
    const event: WorkerLifecycleEvent = {
      waitUntil: (promise) => {
        work = promise;
      },
    };
    (listeners.get(type) as (event: WorkerLifecycleEvent) => void)(event);
    await work;
  };
  const fetchEvent = (init: RequestInit & { url: string }, mode?: RequestMode) => {
    const request = new Request(init.url, init);
    if (mode !== undefined) {
      Object.defineProperty(request, 'mode', { value: mode });
    }
    const respondWith = vi.fn<(response: Promise<Response>) => void>();
    const event: WorkerFetchEvent = { request, respondWith };
    (listeners.get('fetch') as (event: WorkerFetchEvent) => void)(event);
    return respondWith;
  };
  return { stored, network, skipWaiting, lifecycle, fetchEvent };
}

describe('the offline self-check service worker', () => {
  it('precaches exactly the manifest into this version’s cache, then takes over at the next load', async () => {
    const { stored, skipWaiting, lifecycle } = fakeScope();
    await lifecycle('install');
    expect([...(stored.get('kratom-care-self-check-v2')?.keys() ?? [])]).toEqual([
      '/index.html',
      '/assets/index-abc.js',
    ]);
    expect(skipWaiting).toHaveBeenCalled();
  });

  it('deletes the caches of older versions on activate, and only its own kind', async () => {
    const { stored, lifecycle } = fakeScope(['kratom-care-self-check-v1', 'someone-else']);
    await lifecycle('install');
    await lifecycle('activate');
    expect([...stored.keys()].sort()).toEqual(['kratom-care-self-check-v2', 'someone-else']);
  });

  it('answers a self-check page from this version’s cached shell, offline', async () => {
    const { lifecycle, fetchEvent, network } = fakeScope();
    await lifecycle('install');
    const respondWith = fetchEvent({ url: `${ORIGIN}/check/mood` }, 'navigate');
    const response = await respondWith.mock.calls[0]?.[0];
    expect(await response?.text()).toBe(`cached ${ORIGIN}/index.html`);
    expect(network).not.toHaveBeenCalled();
  });

  it('ignores the API and every request that is not a GET: the browser sends them, nothing is stored', async () => {
    const { lifecycle, fetchEvent, stored } = fakeScope();
    await lifecycle('install');
    expect(fetchEvent({ url: `${ORIGIN}/api/session` })).not.toHaveBeenCalled();
    expect(
      fetchEvent({ url: `${ORIGIN}/api/instruments/phq9/score`, method: 'POST', body: '{}' }),
    ).not.toHaveBeenCalled();
    expect(fetchEvent({ url: `${ORIGIN}/assets/index-abc.js`, method: 'POST', body: '{}' })).not.toHaveBeenCalled();
    expect(fetchEvent({ url: `${ORIGIN}/patients/1` }, 'navigate')).not.toHaveBeenCalled();
    expect([...(stored.get('kratom-care-self-check-v2')?.keys() ?? [])]).toHaveLength(2);
  });
});
