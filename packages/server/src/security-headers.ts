import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';

/** JSON never needs to load anything, so its policy forbids everything (SECURITY.md BR-02). */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/** The UI loads only its own built files: no inline script or style, no third party, ever. */
export const UI_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

const SLASH = 47;
const QUESTION_MARK = 63;

/**
 * True for the JSON surface: `/api`, `/api/*` and the health probe. Runs on every request, so it
 * avoids allocating.
 *
 * @param url - The request URL, query string included.
 * @returns Whether the response is JSON from the API.
 */
export function isApiPath(url: string): boolean {
  if (url.startsWith('/api')) {
    const next = url.charCodeAt(4);
    return Number.isNaN(next) || next === SLASH || next === QUESTION_MARK;
  }
  return url === '/healthz' || url.startsWith('/healthz?');
}

/** The helmet headers that matter for every response, JSON included (SECURITY.md BR-02). */
const EVERY_RESPONSE = [
  'x-content-type-options',
  'referrer-policy',
  'cross-origin-resource-policy',
  'strict-transport-security',
] as const;

/** The header maps the app applies. */
export interface SecurityHeaders {
  /** Every response: nosniff, `Referrer-Policy: no-referrer`, CORP, HSTS and the strict API policy. */
  readonly base: Readonly<Record<string, string>>;
  /** API responses: `base` plus `Cache-Control: no-store`, as API answers may be health data. */
  readonly api: Readonly<Record<string, string>>;
  /** HTML documents: helmet's whole set (framing, opener and legacy browser policies) and the UI policy. */
  readonly document: Readonly<Record<string, string>>;
}

/**
 * Works out the security headers once, at start-up, by running helmet on a private instance. With
 * these options helmet's output never depends on the request, and its middleware chain costs about
 * as much per request as a whole bare Fastify route, so the app sets these precomputed maps instead.
 * JSON responses carry the headers that protect JSON; the document-only ones (opener policy,
 * X-Frame-Options, DNS prefetch, legacy IE and Flash switches) go on HTML, where they do something,
 * and each extra header measurably slows every API response. The CSPs are ours.
 *
 * @returns The header maps to apply.
 */
export async function computeSecurityHeaders(): Promise<SecurityHeaders> {
  const probe = Fastify();
  await probe.register(helmet, {
    global: true,
    contentSecurityPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  let fromHelmet: Record<string, string> = {};
  probe.get('/', (_request, reply) => {
    fromHelmet = Object.fromEntries(
      Object.entries(reply.raw.getHeaders()).map(([name, value]) => [name, String(value)]),
    );
    return '';
  });
  await probe.inject({ url: '/' });
  await probe.close();

  const base: Record<string, string> = { 'content-security-policy': API_CSP };
  for (const name of EVERY_RESPONSE) {
    const value = fromHelmet[name];
    if (value === undefined) {
      throw new Error(`helmet no longer sets ${name}; review the security headers`);
    }
    base[name] = value;
  }
  return {
    base,
    api: { ...base, 'cache-control': 'no-store' },
    document: { ...fromHelmet, 'content-security-policy': UI_CSP },
  };
}

/**
 * Adds the security headers to every response, errors and 404s included. There are deliberately
 * no CORS headers: the UI is served from the same origin. HTML documents get `document` where they
 * are sent (see `web-ui.ts`).
 *
 * @param app - The root instance; call before registering routes.
 * @param headers - From {@link computeSecurityHeaders}.
 */
export function registerSecurityHeaders(app: FastifyInstance, headers: SecurityHeaders): void {
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(isApiPath(request.url) ? headers.api : headers.base);
    done();
  });
}
