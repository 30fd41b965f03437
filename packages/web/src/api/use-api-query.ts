import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { QueryValue } from './api-client';
import { useApiClient } from './api-client-hook';
import { API_KEY } from './query-client';
import type { ResponseSchema } from './response-check';

/** A read: a same-origin path and its query (empty values are left out of the URL). */
export interface ApiRead {
  readonly path: string;
  readonly query?: Readonly<Record<string, QueryValue>>;
}

/**
 * @param read - The read.
 * @returns Its query key, `['api', path, query]`.
 */
export function apiQueryKey(read: ApiRead): readonly unknown[] {
  return [API_KEY, read.path, read.query ?? {}];
}

/**
 * Reads one GET resource through the workspace's query cache, typed and (in development and tests)
 * checked by its response schema from `@kratom-care/contracts`.
 *
 * @param schema - The response schema, e.g. `ZListConsentsResponse`.
 * @param read - What to read, or null to wait (e.g. until a filter is chosen).
 * @returns TanStack Query's result: `data`, `error` (an ApiError), `isPending`, `refetch`…
 * @example const facilities = useApiQuery(ZListFacilitiesResponse, { path: '/api/facilities' });
 */
export function useApiQuery<T>(schema: ResponseSchema<T>, read: ApiRead | null): UseQueryResult<T> {
  const api = useApiClient();
  return useQuery({
    queryKey: read === null ? [API_KEY, null] : apiQueryKey(read),
    enabled: read !== null,
    queryFn: async ({ signal }) => {
      if (read === null) {
        throw new Error('unreachable: a disabled query does not run');
      }
      signal.throwIfAborted();
      const response = await api.request({ method: 'GET', path: read.path, query: read.query ?? {} }, schema);
      return response.data;
    },
  });
}
