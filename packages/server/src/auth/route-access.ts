import type { FastifyInstance, onRequestHookHandler, RouteOptions } from 'fastify';
import { PUBLIC_ROUTES, SECOND_FACTOR_EXEMPT_ROUTES } from '../routes/public-routes.js';
import { needsSecondFactor, secondFactorRequiredError, unauthenticatedError } from './guards.js';

/**
 * Who may reach a route's parsing, validation and handler: anyone (`public`), anyone signed in
 * (`session`: staff may still have to enrol TOTP), or anyone signed in who has passed the second
 * factor when they are staff (`protected`, the default).
 */
export type RouteAccess = 'public' | 'session' | 'protected';

/** One registered `/api` route and how the route layer guards it. */
export interface ApiRoute {
  readonly method: string;
  readonly url: string;
  readonly access: RouteAccess;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every `/api` route with its access, in registration order: what the route-table tests walk. */
    apiRoutes: readonly ApiRoute[];
  }
}

const PUBLIC: ReadonlySet<string> = new Set(PUBLIC_ROUTES);
const SESSION: ReadonlySet<string> = new Set(SECOND_FACTOR_EXEMPT_ROUTES);

/**
 * The access of one route, from the lists in routes/public-routes.ts.
 *
 * @param method - The HTTP method; HEAD is treated as the GET it mirrors.
 * @param url - Fastify's path pattern, prefix included.
 * @returns `protected` unless the route is listed.
 */
export function accessOf(method: string, url: string): RouteAccess {
  const key = `${method === 'HEAD' ? 'GET' : method} ${url}`;
  if (PUBLIC.has(key)) {
    return 'public';
  }
  return SESSION.has(key) ? 'session' : 'protected';
}

function isApiRoute(url: string): boolean {
  return url === '/api' || url.startsWith('/api/');
}

// Route-level onRequest hooks run after every app-level one, so the session is resolved and CSRF
// checked before these, and the body is not read until after them.
const requireSession: onRequestHookHandler = (request, _reply, done) => {
  done(request.principal === null ? unauthenticatedError() : undefined);
};

const requireSessionAndSecondFactor: onRequestHookHandler = (request, _reply, done) => {
  const principal = request.principal;
  if (principal === null) {
    done(unauthenticatedError());
    return;
  }
  done(needsSecondFactor(principal) ? secondFactorRequiredError() : undefined);
};

const GUARDS: Readonly<Record<Exclude<RouteAccess, 'public'>, onRequestHookHandler>> = {
  session: requireSession,
  protected: requireSessionAndSecondFactor,
};

function accessOfRoute(route: RouteOptions): RouteAccess {
  const methods = [route.method].flat();
  const [first, ...rest] = methods.map((method) => accessOf(method, route.url));
  if (first === undefined || rest.some((access) => access !== first)) {
    throw new Error(`${methods.join(',')} ${route.url}: declare each method on its own route`);
  }
  return first;
}

/**
 * "401 first" (issue 8): makes every `/api` route protected unless routes/public-routes.ts lists
 * it, so a new route cannot forget authentication. A protected route gets a guard as its first
 * own `onRequest` hook: an anonymous caller gets 401, and staff without TOTP 403
 * `SECOND_FACTOR_REQUIRED`, before the body is parsed or anything is validated, so a malformed
 * body, query or path tells them nothing. Handlers still call `requireAuthenticated` for the
 * principal. Call before any route is registered; also decorates `app.apiRoutes`.
 *
 * @param app - The root instance.
 */
export function registerRouteAccess(app: FastifyInstance): void {
  const routes: ApiRoute[] = [];
  app.decorate('apiRoutes', routes);
  app.addHook('onRoute', (route) => {
    if (!isApiRoute(route.url)) {
      return;
    }
    const access = accessOfRoute(route);
    for (const method of [route.method].flat()) {
      routes.push({ method, url: route.url, access });
    }
    if (access !== 'public') {
      const own = route.onRequest === undefined ? [] : [route.onRequest].flat();
      route.onRequest = [GUARDS[access], ...own];
    }
  });
}
