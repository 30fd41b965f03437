import type { UseQueryResult } from '@tanstack/react-query';
import type { ApiError } from './api-error';

/** The four states a page shows for a read (what `ResourceState` takes). */
export interface ReadState<T> {
  readonly data: T | undefined;
  readonly error: ApiError | null;
  readonly isLoading: boolean;
  readonly reload: () => void;
}

/**
 * @param query - A result of `useApiQuery`.
 * @returns Its data, error, loading flag and a "Try again" action.
 */
export function readState<T>(query: UseQueryResult<T>): ReadState<T> {
  return {
    data: query.data,
    error: query.error,
    isLoading: query.isPending,
    reload: () => {
      void query.refetch();
    },
  };
}
