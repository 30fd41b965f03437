import { ZListFacilitiesResponse } from '@kratom-care/contracts';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { AppProviders } from '../app/app-providers';
import { createFakeApi, type FakeApi } from './fake-api';
import { ApiQueryProvider } from './query-provider';
import { useApiInfiniteQuery, useApiPagedQuery } from './use-api-list';

afterEach(() => {
  cleanup();
});

const facility = (n: number) => ({
  id: `facility-${String(n)}`,
  name: `Clinic ${String(n)}`,
  region: 'North',
  address: '',
  version: 1,
});

/** Five fictional facilities, two a page: cursors are the next index, as opaque to the client as real ones. */
function pagedApi(): FakeApi {
  return createFakeApi({
    'GET /api/facilities': (request) => {
      const start = Number(request.query?.cursor ?? 0);
      const items = [0, 1, 2, 3, 4].slice(start, start + 2).map(facility);
      return { status: 200, body: { items, nextCursor: start + 2 < 5 ? String(start + 2) : null } };
    },
  });
}

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

describe('keyset lists', () => {
  it('"Show more" asks with the last nextCursor and keeps every page in order', async () => {
    const api = pagedApi();
    const { result } = renderHook(
      () => useApiInfiniteQuery(ZListFacilitiesResponse, { path: '/api/facilities', query: { limit: 2 } }),
      { wrapper: wrapper(api) },
    );
    await waitFor(() => {
      expect(result.current.items.map((item) => item.id)).toEqual(['facility-0', 'facility-1']);
    });
    // Each click waits for its page to render: the next click must see the new nextCursor.
    await act(() => result.current.fetchNextPage());
    await waitFor(() => {
      expect(result.current.items).toHaveLength(4);
    });
    await act(() => result.current.fetchNextPage());
    await waitFor(() => {
      expect(result.current.items.map((item) => item.id)).toEqual([0, 1, 2, 3, 4].map((n) => `facility-${String(n)}`));
    });
    expect(result.current.hasNextPage).toBe(false);
    const listCalls = api.calls.filter((call) => call.path === '/api/facilities');
    expect(listCalls.map((call) => call.query?.cursor ?? null)).toEqual([null, '2', '4']);
  });

  it('pages forward by cursor and back through the cursors already passed', async () => {
    const api = pagedApi();
    const { result } = renderHook(
      () => useApiPagedQuery(ZListFacilitiesResponse, { path: '/api/facilities', query: { limit: 2 } }),
      { wrapper: wrapper(api) },
    );
    await waitFor(() => {
      expect(result.current.data?.items.map((item) => item.id)).toEqual(['facility-0', 'facility-1']);
    });
    expect(result.current.pager).toMatchObject({ pageNumber: 1, hasPrevious: false });
    act(() => {
      result.current.pager.next(result.current.data?.nextCursor ?? '');
    });
    await waitFor(() => {
      expect(result.current.data?.items.map((item) => item.id)).toEqual(['facility-2', 'facility-3']);
    });
    expect(result.current.pager).toMatchObject({ pageNumber: 2, hasPrevious: true });
    act(() => {
      result.current.pager.previous();
    });
    await waitFor(() => {
      expect(result.current.data?.items.map((item) => item.id)).toEqual(['facility-0', 'facility-1']);
    });
    expect(result.current.pager.pageNumber).toBe(1);
  });
});
