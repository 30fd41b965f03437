import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { useRef } from 'react';
import type { ApiRequest } from './api-client';
import type { ApiError } from './api-error';
import { useApiClient } from './api-client-hook';
import { API_KEY } from './query-client';
import type { ResponseSchema } from './response-check';

interface ApiMutationOptions {
  /** Paths whose cached reads are stale after a success (`/api/me/consents` covers its pages too). */
  readonly invalidates?: readonly string[];
  /**
   * The change creates something: send an `Idempotency-Key`, one per user action. Every retry of the
   * action (after a network error, a double click) sends the same key, so the server creates it once;
   * after a success the next action gets a new key.
   */
  readonly idempotent?: boolean;
}

function newKey(): string {
  return crypto.randomUUID();
}

/**
 * A change (POST, PATCH, …) whose answer is typed and checked by its response schema. On success the
 * reads it names are refetched, so lists show the change without a manual reload; after a 412 (a
 * stale If-Match) too, so the screen shows what changed meanwhile.
 *
 * @param schema - The response schema (`ZNoContent` for a 204).
 * @param toRequest - Builds the request from the mutation's variables (usually the form values).
 * @param options - What to invalidate, and whether it is a create that takes an `Idempotency-Key`.
 * @returns TanStack Query's mutation: `mutateAsync`, `isPending`, `error`…
 * @example const grant = useApiMutation(ZConsentResponse, (body: TCreateConsentRequest) => ({ method: 'POST', path: '/api/me/consents', body }), { invalidates: ['/api/me/consents'] });
 */
export function useApiMutation<V, T>(
  schema: ResponseSchema<T>,
  toRequest: (variables: V) => ApiRequest,
  { invalidates = [], idempotent = false }: ApiMutationOptions = {},
): UseMutationResult<T, ApiError, V> {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const key = useRef<string | null>(null);
  const refetch = (): Promise<unknown> =>
    Promise.all(invalidates.map((path) => queryClient.invalidateQueries({ queryKey: [API_KEY, path] })));
  return useMutation({
    mutationFn: async (variables: V) => {
      const request = toRequest(variables);
      if (!idempotent) {
        return (await api.request(request, schema)).data;
      }
      key.current ??= newKey();
      const headers = { ...request.headers, 'Idempotency-Key': key.current };
      return (await api.request({ ...request, headers }, schema)).data;
    },
    onSuccess: async () => {
      key.current = null;
      await refetch();
    },
    onError: async (error) => {
      // 412: someone changed it since this screen read it. Show the current version, so the next
      // try carries its If-Match instead of failing the same way again.
      if (error.status === 412) {
        await refetch();
      }
    },
  });
}
