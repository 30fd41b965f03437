import { useInfiniteQuery, type InfiniteData, type UseInfiniteQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useApiClient } from './api-client-hook';
import type { ApiError } from './api-error';
import type { ResponseSchema } from './response-check';
import { apiQueryKey, useApiQuery, type ApiRead } from './use-api-query';

/** The one list shape every list route answers (`listResponse` in contracts): a page and the next cursor. */
export interface KeysetPage<I> {
  readonly items: readonly I[];
  readonly nextCursor: string | null;
}

/**
 * A keyset list read page after page ("Show more"): each page asks with the previous page's
 * `nextCursor` as `?cursor=`.
 *
 * @param schema - The list's response schema, e.g. `ZListDisclosuresResponse`.
 * @param read - The list and its filters (no cursor), or null to wait.
 * @returns TanStack Query's infinite result plus `items`, every page's items in order.
 */
export function useApiInfiniteQuery<P extends KeysetPage<unknown>>(
  schema: ResponseSchema<P>,
  read: ApiRead | null,
): UseInfiniteQueryResult<InfiniteData<P, string | null>> & { readonly items: readonly P['items'][number][] } {
  const api = useApiClient();
  const result = useInfiniteQuery<P, ApiError, InfiniteData<P, string | null>, readonly unknown[], string | null>({
    queryKey: read === null ? ['api', null, 'pages'] : [...apiQueryKey(read), 'pages'],
    enabled: read !== null,
    initialPageParam: null as string | null,
    getNextPageParam: (last: P) => last.nextCursor,
    queryFn: async ({ pageParam }) => {
      if (read === null) {
        throw new Error('unreachable: a disabled query does not run');
      }
      const query = { ...read.query, cursor: pageParam };
      return (await api.request({ method: 'GET', path: read.path, query }, schema)).data;
    },
  });
  const items: P['items'][number][] = result.data?.pages.flatMap((page) => [...page.items]) ?? [];
  return Object.assign(result, { items });
}

/** One page of a keyset list at a time, with "Next" and "Previous". */
export interface KeysetPager {
  /** 1 for the first page. */
  readonly pageNumber: number;
  readonly hasPrevious: boolean;
  readonly previous: () => void;
  /** Goes to the page after the current one; pass the current page's `nextCursor`. */
  readonly next: (nextCursor: string) => void;
  /** Back to the first page (after a filter change). */
  readonly reset: () => void;
}

/**
 * A keyset list shown one page at a time (tables with "Previous" and "Next"). Keyset cursors only
 * point forward, so the cursors of the pages already passed are kept to go back.
 *
 * @param schema - The list's response schema.
 * @param read - The list and its filters (no cursor), or null to wait. A new filter starts again at page 1.
 * @returns The current page's query and the pager.
 */
export function useApiPagedQuery<P extends KeysetPage<unknown>>(
  schema: ResponseSchema<P>,
  read: ApiRead | null,
): ReturnType<typeof useApiQuery<P>> & { readonly pager: KeysetPager } {
  const filterKey = JSON.stringify(read);
  const [state, setState] = useState<{ readonly filterKey: string; readonly cursors: readonly string[] }>({
    filterKey,
    cursors: [],
  });
  // A new filter forgets the pages of the old one.
  const cursors = state.filterKey === filterKey ? state.cursors : [];
  const cursor = cursors.at(-1);
  const query = useApiQuery(schema, read === null ? null : { path: read.path, query: { ...read.query, cursor } });
  const pager: KeysetPager = {
    pageNumber: cursors.length + 1,
    hasPrevious: cursors.length > 0,
    previous: () => {
      setState({ filterKey, cursors: cursors.slice(0, -1) });
    },
    next: (nextCursor) => {
      setState({ filterKey, cursors: [...cursors, nextCursor] });
    },
    reset: () => {
      setState({ filterKey, cursors: [] });
    },
  };
  return Object.assign(query, { pager });
}
