import { SHELL_PATH, type PrecacheManifest } from './precache-manifest';

/**
 * What the service worker may answer from its cache. Kept apart from the worker so the rules are unit
 * tested as plain functions, and so the worker bundle imports nothing the app uses.
 */

/** Every cache this app's worker owns starts with this; the rest of the name is the build's version. */
export const CACHE_PREFIX = 'kratom-care-self-check-';

/** The parts of a request the rules look at (a `Request` has them all). */
export interface RequestFacts {
  readonly method: string;
  readonly url: string;
  readonly mode: string;
}

// The public self-check's addresses: the start page and /check/<step>. Sign-in and the workspaces stay
// online-only: they show personal data from the API, which must never be cached.
const SELF_CHECK_PAGE = /^\/(?:index\.html|check\/[a-z-]+\/?)?$/;

/** True for the JSON surface, mirroring the server's `isApiPath`: never cached, never answered here. */
export function isApiPathname(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/') || pathname === '/healthz';
}

/**
 * Which cached file answers a request, if any. Only GET requests for this origin qualify: API calls,
 * form posts, other origins and files outside the manifest go to the network untouched (and uncached).
 *
 * @param request - The request's method, URL and mode.
 * @param origin - The worker's own origin.
 * @param manifest - The files this version cached.
 * @returns The cache key to answer with, or null to let the browser handle the request itself.
 */
export function precacheKeyFor(request: RequestFacts, origin: string, manifest: PrecacheManifest): string | null {
  if (request.method !== 'GET') {
    return null;
  }
  const url = new URL(request.url);
  if (url.origin !== origin || isApiPathname(url.pathname)) {
    return null;
  }
  if (request.mode === 'navigate') {
    return SELF_CHECK_PAGE.test(url.pathname) ? SHELL_PATH : null;
  }
  return manifest.assets.includes(url.pathname) ? url.pathname : null;
}
