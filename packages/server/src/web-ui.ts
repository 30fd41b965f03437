import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from './app-types.js';
import { isApiPath } from './security-headers.js';

/** The offline self-check's service worker, at the root so its scope is the whole self-check. */
const SERVICE_WORKER_FILE = 'sw.js';

/**
 * The worker's own headers. Revalidated on every check (`no-cache`), so a new release is found at the next
 * visit (browsers cap a worker's HTTP caching at 24 h anyway). A worker runs under the policy of its own
 * script, not the page's: it gets the UI policy, whose `connect-src 'self'` lets it fetch the files it keeps
 * (the JSON policy every other file gets would block that).
 *
 * @param documentHeaders - The HTML documents' headers, holding the UI policy.
 * @returns The headers for `/sw.js`.
 */
function serviceWorkerHeaders(documentHeaders: Readonly<Record<string, string>>): Record<string, string> {
  const policy = documentHeaders['content-security-policy'];
  return { 'cache-control': 'no-cache', ...(policy === undefined ? {} : { 'content-security-policy': policy }) };
}

/**
 * Serves the built web UI from `webRoot` (the Vite `dist` folder). Hashed assets are served as
 * files; API paths are never looked up on disk.
 *
 * @param app - The root instance.
 * @param webRoot - Absolute path of a folder containing `index.html`.
 * @param documentHeaders - The security headers of HTML documents (helmet's set and the UI policy).
 * @throws Error when `index.html` is missing, rather than answering every page with a 404.
 */
export async function registerWebUi(
  app: App,
  webRoot: string,
  documentHeaders: Readonly<Record<string, string>>,
): Promise<void> {
  const serviceWorkerFile = join(webRoot, SERVICE_WORKER_FILE);
  if (!existsSync(join(webRoot, 'index.html'))) {
    throw new Error(`The web UI folder ${webRoot} has no index.html; build the web package first`);
  }
  await app.register(fastifyStatic, {
    root: webRoot,
    prefix: '/',
    dotfiles: 'ignore',
    allowedPath: (pathName) => !isApiPath(pathName),
    // Also runs for the SPA fallback's sendFile('index.html').
    setHeaders: (reply, path) => {
      if (path.endsWith('.html')) {
        reply.headers(documentHeaders);
      } else if (path === serviceWorkerFile) {
        reply.headers(serviceWorkerHeaders(documentHeaders));
      }
    },
  });
}

function acceptsHtml(request: FastifyRequest): boolean {
  const accept = request.headers.accept;
  return typeof accept === 'string' && accept.includes('text/html');
}

/**
 * The single-page-app fallback: a browser navigating to a client-side route (`/check/result`) gets
 * `index.html`, and the React router takes it from there. API paths and non-page requests are left
 * to the JSON 404.
 *
 * @param webRoot - The UI folder, or null when the server runs without a UI.
 * @returns A not-found fallback for {@link registerErrorHandling}.
 */
export function spaFallback(
  webRoot: string | null,
): (request: FastifyRequest, reply: FastifyReply) => FastifyReply | false {
  return (request, reply) => {
    const isPageNavigation = (request.method === 'GET' || request.method === 'HEAD') && acceptsHtml(request);
    if (webRoot === null || !isPageNavigation || isApiPath(request.url)) {
      return false;
    }
    // The shell must be revalidated so a new release is picked up; the hashed assets it links are immutable.
    return reply.code(200).header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
  };
}
