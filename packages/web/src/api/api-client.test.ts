import {
  ZAcceptedResponse,
  ZApiError,
  ZFacilityResponse,
  ZListAuditResponse,
  ZNoContent,
} from '@kratom-care/contracts';
import { describe, expect, it } from 'vitest';
import { buildUrl, createFetchClient, VALIDATE_RESPONSES } from './api-client';
import { ApiError, NETWORK_ERROR } from './api-error';
import { createFakeApi } from './fake-api';
import { RESPONSE_MISMATCH, ResponseMismatchError } from './response-check';

function recordingFetch(status: number, body: string, headers: Record<string, string> = {}) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl: typeof fetch = (input, init) => {
    calls.push({
      url: typeof input === 'string' ? input : '',
      init: init ?? {},
    });
    return Promise.resolve(new Response(status === 204 ? null : body, { status, headers }));
  };
  return { calls, fetchImpl };
}

describe('createFetchClient', () => {
  it('sends JSON same-origin with the CSRF header on a mutation', async () => {
    const facility = { id: 'facility-maple', name: 'Maple', region: 'North', address: '', version: 2 };
    const { calls, fetchImpl } = recordingFetch(201, JSON.stringify(facility), { ETag: '"2"' });
    const response = await createFetchClient(fetchImpl).request(
      { method: 'POST', path: '/api/facilities', body: { name: 'Maple' } },
      ZFacilityResponse,
    );
    expect(response).toEqual({ status: 201, data: facility, etag: '"2"' });
    const init = calls[0]?.init;
    expect(init?.credentials).toBe('same-origin');
    expect(init?.body).toBe('{"name":"Maple"}');
    expect(init?.headers).toMatchObject({ 'X-Requested-With': 'kratom-care', 'Content-Type': 'application/json' });
  });

  it('does not add the CSRF header to a read, and leaves empty filters out of the query', async () => {
    const { calls, fetchImpl } = recordingFetch(200, '{"items":[],"nextCursor":null}');
    await createFetchClient(fetchImpl).request(
      { method: 'GET', path: '/api/audit', query: { action: '', limit: 20 } },
      ZListAuditResponse,
    );
    expect(calls[0]?.url).toBe('/api/audit?limit=20');
    expect(calls[0]?.init.headers).not.toHaveProperty('X-Requested-With');
  });

  it('turns the error body into a typed error with per-field messages', async () => {
    const body = JSON.stringify({
      code: 'INVALID_BODY',
      message: 'The body is not valid',
      issues: [
        { path: ['admin', 'email'], message: 'Must be an email address' },
        { path: ['admin', 'email'], message: 'second message is ignored' },
      ],
    });
    const { fetchImpl } = recordingFetch(400, body);
    const error = await createFetchClient(fetchImpl)
      .request({ method: 'POST', path: '/api/setup', body: {} }, ZNoContent)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).fieldMessages()).toEqual({ 'admin.email': 'Must be an email address' });
  });

  it('reports a network failure as status 0', async () => {
    const failing: typeof fetch = () => Promise.reject(new TypeError('offline'));
    const error = (await createFetchClient(failing)
      .request({ method: 'GET', path: '/api/auth/session' }, ZNoContent)
      .catch((caught: unknown) => caught)) as ApiError;
    expect([error.status, error.code]).toEqual([0, NETWORK_ERROR]);
  });

  it('builds a URL with encoded values', () => {
    expect(buildUrl('/api/admin/users', { q: 'a&b', facilityId: null })).toBe('/api/admin/users?q=a%26b');
  });
});

describe('response checking', () => {
  it('is on in tests', () => {
    expect(VALIDATE_RESPONSES).toBe(true);
  });

  it('rejects a 2xx body that does not match its schema, naming the request and the field', async () => {
    const { fetchImpl } = recordingFetch(202, '{"status":"queued"}');
    const error = await createFetchClient(fetchImpl)
      .request({ method: 'POST', path: '/api/auth/password-reset/request', body: {} }, ZAcceptedResponse)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseMismatchError);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe(RESPONSE_MISMATCH);
    expect((error as Error).message).toMatch(/^POST \/api\/auth\/password-reset\/request answered a body .*status: /);
  });

  it('checks the fake API used by component tests the same way', async () => {
    const api = createFakeApi({ 'GET /api/facilities': () => ({ status: 200, body: { items: [{ id: 1 }] } }) });
    const error = await api
      .request({ method: 'GET', path: '/api/facilities' }, ZApiError)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseMismatchError);
  });

  it('lets a matching body through unchanged, and skips the check when it is off', async () => {
    const body = '{"status":"accepted","extra":1}';
    const checked = await createFetchClient(recordingFetch(202, body).fetchImpl).request(
      { method: 'POST', path: '/api/auth/password-reset/request' },
      ZAcceptedResponse,
    );
    expect(checked.data).toEqual({ status: 'accepted', extra: 1 });
    const unchecked = await createFetchClient(recordingFetch(202, '{"status":"queued"}').fetchImpl, {
      validate: false,
    }).request({ method: 'POST', path: '/api/auth/password-reset/request' }, ZAcceptedResponse);
    expect(unchecked.data).toEqual({ status: 'queued' });
  });

  it('loads a lazy schema only when it checks', async () => {
    let loads = 0;
    const lazy = () => {
      loads += 1;
      return Promise.resolve(ZAcceptedResponse);
    };
    await createFetchClient(recordingFetch(202, '{"status":"accepted"}').fetchImpl, { validate: false }).request(
      { method: 'POST', path: '/x' },
      lazy,
    );
    expect(loads).toBe(0);
    await createFetchClient(recordingFetch(202, '{"status":"accepted"}').fetchImpl).request(
      { method: 'POST', path: '/x' },
      lazy,
    );
    expect(loads).toBe(1);
  });
});
