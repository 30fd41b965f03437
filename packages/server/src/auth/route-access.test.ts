import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_ROUTES, SECOND_FACTOR_EXEMPT_ROUTES } from '../routes/public-routes.js';
import {
  buildAuthTestApp,
  createTestFacility,
  createTestUser,
  signInAs,
  TEST_TARGETS,
  type AuthTestApp,
} from '../test/auth-fixtures.js';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from './csrf.js';
import { accessOf } from './route-access.js';

// Issue 8 defect 1: body, query and path validation ran before authentication, so an anonymous
// `POST /api/patients` with `{}` got a 400 listing the fields. The route layer now answers first.

const UNAUTHENTICATED_BODY = '{"code":"UNAUTHENTICATED","message":"Sign in to continue"}';
const SECOND_FACTOR_BODY = '{"code":"SECOND_FACTOR_REQUIRED","message":"Set up your authenticator app to continue"}';

/** A path segment no route accepts as an id, and a query no list accepts. */
const BAD_SEGMENT = encodeURIComponent('✗ not an id');
const BAD_QUERY = '?limit=-1&cursor=%20&sort=nonsense&unknown=1';

function badUrl(pattern: string): string {
  return `${pattern.replace(/:\w+/g, BAD_SEGMENT)}${BAD_QUERY}`;
}

describe('accessOf', () => {
  it('protects any route the public lists do not name, and treats HEAD as its GET', () => {
    expect(accessOf('POST', '/api/patients')).toBe('protected');
    expect(accessOf('POST', '/api/some/future/route')).toBe('protected');
    expect(accessOf('GET', '/api/instruments')).toBe('public');
    expect(accessOf('HEAD', '/api/instruments')).toBe('public');
    expect(accessOf('GET', '/api/auth/session')).toBe('session');
    expect(accessOf('POST', '/api/instruments')).toBe('protected');
  });
});

describe.each(TEST_TARGETS)('the route layer on $kind', (target) => {
  let t: AuthTestApp;

  beforeAll(async () => {
    t = await buildAuthTestApp({ target });
  }, 60_000);

  afterAll(async () => {
    await t.close();
  });

  it('names only routes the app has in its public and second-factor lists', () => {
    const registered = new Set(t.app.apiRoutes.map((route) => `${route.method} ${route.url}`));
    expect([...PUBLIC_ROUTES, ...SECOND_FACTOR_EXEMPT_ROUTES].filter((route) => !registered.has(route))).toEqual([]);
  });

  it('guards every /api route the OpenAPI document describes (none slipped past the hook)', () => {
    const spec = t.app.swagger() as { paths?: Record<string, Record<string, unknown>> };
    const documented = Object.entries(spec.paths ?? {}).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const guarded = new Set(t.app.apiRoutes.map((route) => `${route.method} ${route.url}`));
    expect(documented.filter((route) => route.includes(' /api/') && !guarded.has(route))).toEqual([]);
  });

  it('answers every protected route 401 before reading a malformed body, query or path', async () => {
    const protectedRoutes = t.app.apiRoutes.filter((route) => route.access !== 'public');
    const leaks: string[] = [];
    for (const route of protectedRoutes) {
      const hasBody = route.method !== 'GET' && route.method !== 'HEAD';
      const response = await t.app.inject({
        method: route.method as 'GET',
        url: badUrl(route.url),
        headers: { [CSRF_HEADER]: CSRF_HEADER_VALUE, 'content-type': 'application/json' },
        ...(hasBody ? { payload: '{"givenName": 5, "unclosed": ' } : {}),
      });
      const bodyOk = route.method === 'HEAD' || response.body === UNAUTHENTICATED_BODY;
      if (response.statusCode !== 401 || !bodyOk) {
        leaks.push(`${route.method} ${route.url}: ${response.statusCode} ${response.body.slice(0, 160)}`);
      }
    }
    expect(leaks).toEqual([]);
    // The world's routes, the records' routes and the protected auth routes, HEAD twins included.
    expect(protectedRoutes.length).toBeGreaterThan(40);
  });

  it('lets anonymous callers reach every public route (none answers 401)', async () => {
    const refused: string[] = [];
    for (const route of t.app.apiRoutes.filter((r) => r.access === 'public' && r.method !== 'HEAD')) {
      const response = await t.app.inject({
        method: route.method as 'GET',
        url: route.url.replace(/:\w+/g, 'cows'),
        headers: { [CSRF_HEADER]: CSRF_HEADER_VALUE, 'content-type': 'application/json' },
        ...(route.method === 'GET' ? {} : { payload: '{}' }),
      });
      if (response.statusCode === 401) {
        refused.push(`${route.method} ${route.url}`);
      }
    }
    expect(refused).toEqual([]);
  });

  it('answers 401, not 400, 413 or 415, to an anonymous empty, oversized or text/plain body', async () => {
    const sends = [
      { payload: '{}', type: 'application/json' },
      { payload: '', type: 'application/json' },
      { payload: JSON.stringify({ pad: 'x'.repeat(2 * 1024 * 1024) }), type: 'application/json' },
      { payload: 'givenName=Sample', type: 'text/plain' },
    ];
    for (const { payload, type } of sends) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/patients',
        headers: { 'content-type': type },
        payload,
      });
      expect({ status: response.statusCode, body: response.body }).toEqual({ status: 401, body: UNAUTHENTICATED_BODY });
    }
  });

  it('checks CSRF before the session: a stale cookie without the header gets 403, with it 401', async () => {
    const stale = `${t.identity.cookieName}=not-a-session.forged`;
    const withoutHeader = await t.app.inject({
      method: 'POST',
      url: '/api/patients',
      headers: { cookie: stale },
      payload: {},
    });
    expect(withoutHeader.statusCode).toBe(403);
    expect(withoutHeader.json()).toMatchObject({ code: 'CSRF_REJECTED' });
    const withHeader = await t.app.inject({
      method: 'POST',
      url: '/api/patients',
      headers: { cookie: stale, [CSRF_HEADER]: CSRF_HEADER_VALUE },
      payload: {},
    });
    expect({ status: withHeader.statusCode, body: withHeader.body }).toEqual({
      status: 401,
      body: UNAUTHENTICATED_BODY,
    });
  });

  it('answers staff without TOTP 403 before validation, except on the enrolment routes', async () => {
    const facilityId = await createTestFacility(t.app);
    const clinician = await createTestUser(t.app, { role: 'clinician', facilityId, secondFactor: false });
    const headers = { ...(await signInAs(t.app, clinician)), 'content-type': 'application/json' };

    const create = await t.app.inject({ method: 'POST', url: '/api/patients', headers, payload: '{"facilityId": 5' });
    expect({ status: create.statusCode, body: create.body }).toEqual({ status: 403, body: SECOND_FACTOR_BODY });
    const read = await t.app.inject({ url: badUrl('/api/patients/:id'), headers });
    expect({ status: read.statusCode, body: read.body }).toEqual({ status: 403, body: SECOND_FACTOR_BODY });

    // Signed in, so the enrolment routes validate as usual and say which field is wrong.
    const verify = await t.app.inject({ method: 'POST', url: '/api/auth/two-factor/verify', headers, payload: {} });
    expect(verify.statusCode).toBe(400);
    expect((await t.app.inject({ url: '/api/auth/session', headers })).statusCode).toBe(200);
  });
});
