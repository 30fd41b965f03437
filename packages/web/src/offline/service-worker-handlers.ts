import type { PrecacheManifest } from './precache-manifest';
import { CACHE_PREFIX, precacheKeyFor } from './precache-rules';

// The DOM library has Cache and Request but not the worker's events; these are the parts used here.

/** An install or activate event. */
export interface WorkerLifecycleEvent {
  waitUntil(work: Promise<unknown>): void;
}

/** A fetch event. */
export interface WorkerFetchEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}

/** The service worker's global scope, as far as this worker uses it. */
export interface WorkerScope {
  readonly location: { readonly origin: string };
  readonly caches: CacheStorage;
  fetch(request: Request): Promise<Response>;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: WorkerLifecycleEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: WorkerFetchEvent) => void): void;
}

/**
 * Wires the offline self-check: precache this build's files, drop every other build's cache, and answer
 * the self-check's pages and files from this build's cache only (so a page never mixes two versions).
 * Nothing else is touched: the API, posts and other pages go to the network and are never stored.
 *
 * @param scope - The worker's global scope (`self`).
 * @param manifest - This build's version and files, written in at build time.
 */
export function registerServiceWorkerHandlers(scope: WorkerScope, manifest: PrecacheManifest): void {
  const cacheName = `${CACHE_PREFIX}${manifest.version}`;
  const { origin } = scope.location;

  scope.addEventListener('install', (event) => {
    // All or nothing: if one file fails, this version does not install and the old one keeps serving.
    // `no-cache` so the shell is this build's, not an HTTP-cached older one.
    const requests = manifest.assets.map((path) => new Request(new URL(path, origin), { cache: 'no-cache' }));
    event.waitUntil(
      scope.caches
        .open(cacheName)
        .then((cache) => cache.addAll(requests))
        // Take over at the next page load instead of after every tab has closed (on a phone, maybe never).
        .then(() => scope.skipWaiting()),
    );
  });

  scope.addEventListener('activate', (event) => {
    event.waitUntil(
      scope.caches
        .keys()
        .then((names) =>
          Promise.all(
            names
              .filter((name) => name.startsWith(CACHE_PREFIX) && name !== cacheName)
              .map((name) => scope.caches.delete(name)),
          ),
        ),
    );
  });

  scope.addEventListener('fetch', (event) => {
    const { request } = event;
    const key = precacheKeyFor(request, origin, manifest);
    if (key === null) {
      return;
    }
    event.respondWith(
      scope.caches
        .open(cacheName)
        .then((cache) => cache.match(new URL(key, origin).href))
        .then((cached) => cached ?? scope.fetch(request)),
    );
  });
}
