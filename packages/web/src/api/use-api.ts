import { useCallback, useEffect, useState } from 'react';
import type { ApiRequest } from './api-client';
import { useApiClient } from './api-client-hook';
import { asApiError, type ApiError } from './api-error';

export interface ApiState<T> {
  readonly data: T | undefined;
  readonly error: ApiError | undefined;
  readonly isLoading: boolean;
  readonly etag: string | null;
  /** Asks again, e.g. after a change or a "Try again" click. */
  readonly reload: () => void;
}

interface Loaded<T> {
  readonly key: string;
  readonly data?: T;
  readonly error?: ApiError;
  readonly etag: string | null;
}

/**
 * Reads one GET resource. A new request (different path or query) starts a new load; answers to an
 * older request are dropped, so a slow page 1 cannot overwrite page 2.
 *
 * @param request - What to read, or null to wait (e.g. until filters are chosen).
 * @returns Data, error and loading state.
 */
export function useApi<T>(request: Omit<ApiRequest, 'method' | 'body'> | null): ApiState<T> {
  const client = useApiClient();
  const [round, setRound] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  const key = request === null ? '' : `${JSON.stringify(request)}#${round}`;

  useEffect(() => {
    if (request === null) {
      return undefined;
    }
    let current = true;
    client
      .request<T>({ ...request, method: 'GET' })
      .then((response) => {
        if (current) {
          setLoaded({ key, data: response.data, etag: response.etag });
        }
      })
      .catch((error: unknown) => {
        if (current) {
          setLoaded({ key, error: asApiError(error), etag: null });
        }
      });
    return () => {
      current = false;
    };
    // `key` captures every part of the request; the object itself is new on each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, key]);

  const reload = useCallback(() => {
    setRound((value) => value + 1);
  }, []);

  const fresh = loaded !== null && loaded.key === key ? loaded : null;
  return {
    data: fresh?.data,
    error: fresh?.error,
    isLoading: request !== null && fresh === null,
    etag: fresh?.etag ?? null,
    reload,
  };
}
