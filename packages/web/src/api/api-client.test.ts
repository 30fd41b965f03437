import { describe, expect, it } from 'vitest';
import { buildUrl, createFetchClient } from './api-client';
import { ApiError, NETWORK_ERROR } from './api-error';

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
    const { calls, fetchImpl } = recordingFetch(201, '{"ok":true}', { ETag: '"2"' });
    const response = await createFetchClient(fetchImpl).request({
      method: 'POST',
      path: '/api/facilities',
      body: { name: 'Maple' },
    });
    expect(response).toEqual({ status: 201, data: { ok: true }, etag: '"2"' });
    const init = calls[0]?.init;
    expect(init?.credentials).toBe('same-origin');
    expect(init?.body).toBe('{"name":"Maple"}');
    expect(init?.headers).toMatchObject({ 'X-Requested-With': 'kratom-care', 'Content-Type': 'application/json' });
  });

  it('does not add the CSRF header to a read, and leaves empty filters out of the query', async () => {
    const { calls, fetchImpl } = recordingFetch(200, '{"items":[]}');
    await createFetchClient(fetchImpl).request({ method: 'GET', path: '/api/audit', query: { action: '', limit: 20 } });
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
      .request({ method: 'POST', path: '/api/setup', body: {} })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).fieldMessages()).toEqual({ 'admin.email': 'Must be an email address' });
  });

  it('reports a network failure as status 0', async () => {
    const failing: typeof fetch = () => Promise.reject(new TypeError('offline'));
    const error = (await createFetchClient(failing)
      .request({ method: 'GET', path: '/api/auth/session' })
      .catch((caught: unknown) => caught)) as ApiError;
    expect([error.status, error.code]).toEqual([0, NETWORK_ERROR]);
  });

  it('builds a URL with encoded values', () => {
    expect(buildUrl('/api/admin/users', { q: 'a&b', facilityId: null })).toBe('/api/admin/users?q=a%26b');
  });
});
