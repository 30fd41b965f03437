import { ZFacilityResponse, ZListFacilitiesResponse } from '@kratom-care/contracts';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { AppProviders } from '../app/app-providers';
import { createFakeApi, type FakeApi } from './fake-api';
import { ApiQueryProvider } from './query-provider';
import { useApiMutation } from './use-api-mutation';
import { useApiQuery } from './use-api-query';

afterEach(() => {
  cleanup();
});

const CLINIC = { id: 'facility-willow', name: 'Willow Test Clinic', region: 'East', address: '', version: 1 };

function wrapper(api: FakeApi) {
  return function Providers({ children }: { readonly children: ReactNode }) {
    return (
      <MemoryRouter initialEntries={['/admin/facilities']}>
        <AppProviders languages={['en-US']} api={api}>
          <ApiQueryProvider>{children}</ApiQueryProvider>
        </AppProviders>
      </MemoryRouter>
    );
  };
}

describe('an idempotent mutation', () => {
  it('sends one Idempotency-Key per action: the same on a retry after a failure, a new one after a success', async () => {
    let failNext = true;
    const api = createFakeApi({
      'POST /api/facilities': () => {
        if (failNext) {
          failNext = false;
          return { status: 503, body: { code: 'INTERNAL', message: 'Something went wrong' } };
        }
        return { status: 201, body: CLINIC };
      },
    });
    const { result } = renderHook(
      () =>
        useApiMutation(ZFacilityResponse, (body: object) => ({ method: 'POST', path: '/api/facilities', body }), {
          idempotent: true,
        }),
      { wrapper: wrapper(api) },
    );
    const body = { name: CLINIC.name, region: CLINIC.region };
    await act(async () => {
      await result.current.mutateAsync(body).catch(() => undefined);
    });
    await act(async () => {
      await result.current.mutateAsync(body);
    });
    await act(async () => {
      await result.current.mutateAsync({ ...body, name: 'Another Test Clinic' });
    });
    const keys = api.calls
      .filter((call) => call.path === '/api/facilities')
      .map((call) => call.headers?.['Idempotency-Key']);
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('sends no key for a change that is not a create', async () => {
    const api = createFakeApi({ 'PATCH /api/facilities/facility-willow': () => ({ status: 200, body: CLINIC }) });
    const { result } = renderHook(
      () =>
        useApiMutation(ZFacilityResponse, (body: object) => ({
          method: 'PATCH',
          path: '/api/facilities/facility-willow',
          body,
          headers: { 'If-Match': '"1"' },
        })),
      { wrapper: wrapper(api) },
    );
    await act(async () => {
      await result.current.mutateAsync({ name: 'Renamed' });
    });
    expect(api.calls.find((call) => call.method === 'PATCH')?.headers).toEqual({ 'If-Match': '"1"' });
  });

  it('refetches the reads it names after a 412, so the screen shows the version someone else saved', async () => {
    let version = 1;
    const api = createFakeApi({
      'GET /api/facilities': () => ({ status: 200, body: { items: [{ ...CLINIC, version }], nextCursor: null } }),
      'PATCH /api/facilities/facility-willow': () => ({
        status: 412,
        body: { code: 'PRECONDITION_FAILED', message: 'Changed by someone else' },
      }),
    });
    const { result } = renderHook(
      () => ({
        list: useApiQuery(ZListFacilitiesResponse, { path: '/api/facilities' }),
        rename: useApiMutation(
          ZFacilityResponse,
          (body: object) => ({
            method: 'PATCH',
            path: '/api/facilities/facility-willow',
            body,
            headers: { 'If-Match': '"1"' },
          }),
          { invalidates: ['/api/facilities'] },
        ),
      }),
      { wrapper: wrapper(api) },
    );
    await waitFor(() => {
      expect(result.current.list.data?.items[0]?.version).toBe(1);
    });
    version = 2;
    await act(async () => {
      await result.current.rename.mutateAsync({ name: 'Renamed' }).catch(() => undefined);
    });
    expect(result.current.rename.error?.status).toBe(412);
    await waitFor(() => {
      expect(result.current.list.data?.items[0]?.version).toBe(2);
    });
  });
});
