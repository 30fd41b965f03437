import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import { isApiPath } from '../security-headers.js';

/** The header every state-changing API call from the UI carries. Browsers cannot send it cross-site without CORS. */
export const CSRF_HEADER = 'x-requested-with';
export const CSRF_HEADER_VALUE = 'kratom-care';

const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Routes that create a session check even without a cookie, so nobody can sign a victim into their account. */
export interface CsrfRouteConfig {
  readonly csrf?: 'always';
}

export interface CsrfOptions {
  /** The public origin (`https://care.example.org`); the only one allowed in production. */
  readonly publicOrigin: string;
  /** In development the Vite dev server proxies from its own origin, so the Host's origin is allowed too. */
  readonly allowHostOrigin: boolean;
}

function hostOrigin(request: FastifyRequest): string | null {
  const host = request.headers.host;
  return host === undefined ? null : `${request.protocol}://${host}`;
}

function originAllowed(request: FastifyRequest, origin: string, options: CsrfOptions): boolean {
  return origin === options.publicOrigin || (options.allowHostOrigin && origin === hostOrigin(request));
}

/**
 * Why a request would be a cross-site forgery, or null when it is fine.
 *
 * @param request - The incoming request.
 * @param options - Allowed origins.
 * @returns A message for the client, or null.
 */
export function csrfProblem(request: FastifyRequest, options: CsrfOptions): string | null {
  if (request.headers[CSRF_HEADER] !== CSRF_HEADER_VALUE) {
    return `Send the header ${CSRF_HEADER}: ${CSRF_HEADER_VALUE}`;
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !originAllowed(request, origin, options)) {
    return 'This request came from another site';
  }
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return 'This request came from another site';
  }
  return null;
}

/**
 * Rejects cross-site request forgery on the API (SECURITY.md BR-01). Every POST, PUT, PATCH and
 * DELETE to `/api` that carries a cookie, or whose route sets `config.csrf = 'always'` (sign-in,
 * sign-up and the other routes that start a session), must send `X-Requested-With: kratom-care`
 * and, when the browser says where it came from, come from our own origin. A `text/plain` body is
 * already refused with 415 by the JSON-only parser; a forged form cannot set the header at all.
 * Runs in `onRequest`, before the body is read or the session looked up.
 *
 * @param app - The root instance.
 * @param options - Allowed origins.
 */
export function registerCsrfProtection(app: FastifyInstance, options: CsrfOptions): void {
  app.addHook('onRequest', (request, _reply, done) => {
    if (SAFE_METHODS.has(request.method) || !isApiPath(request.url)) {
      done();
      return;
    }
    const config = request.routeOptions.config as CsrfRouteConfig;
    if (request.headers.cookie === undefined && config.csrf !== 'always') {
      done();
      return;
    }
    const problem = csrfProblem(request, options);
    done(problem === null ? undefined : new AppError('CSRF_REJECTED', problem));
  });
}
