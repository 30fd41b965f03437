import { QueryClient } from '@tanstack/react-query';
import type { ApiError } from './api-error';

// Every query and mutation here rejects with an ApiError (the client turns anything else into one).
declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError;
  }
}

/** The first element of every query key: `['api', path, query]`, so a path prefix invalidates its reads. */
export const API_KEY = 'api';

/**
 * The workspace's cache. A failed read is retried only when the network failed (a 4xx will not
 * change by asking again; a 5xx is shown with "Try again"); mutations are never retried.
 *
 * @returns A new client; the workspace frame makes one per mount.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) => error.status === 0 && failures < 2,
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  });
}
