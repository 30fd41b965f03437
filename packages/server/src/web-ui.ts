import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from './app-types.js';
import { isApiPath } from './security-headers.js';

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
