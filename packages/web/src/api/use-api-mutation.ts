import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import type { ApiRequest } from './api-client';
import type { ApiError } from './api-error';
import { useApiClient } from './api-client-hook';
import { API_KEY } from './query-client';
import type { ResponseSchema } from './response-check';

interface ApiMutationOptions {
  /** Paths whose cached reads are stale after a success (`/api/me/consents` covers its pages too). */
  readonly invalidates?: readonly string[];
}

/**
 * A change (POST, PATCH, …) whose answer is typed and checked by its response schema. On success the
 * reads it names are refetched, so lists show the change without a manual reload.
 *
 * @param schema - The response schema (`ZNoContent` for a 204).
 * @param toRequest - Builds the request from the mutation's variables (usually the form values).
 * @param options - What to invalidate.
 * @returns TanStack Query's mutation: `mutateAsync`, `isPending`, `error`…
 * @example const grant = useApiMutation(ZConsentResponse, (body: TCreateConsentRequest) => ({ method: 'POST', path: '/api/me/consents', body }), { invalidates: ['/api/me/consents'] });
 */
export function useApiMutation<V, T>(
  schema: ResponseSchema<T>,
  toRequest: (variables: V) => ApiRequest,
  { invalidates = [] }: ApiMutationOptions = {},
): UseMutationResult<T, ApiError, V> {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (variables: V) => (await api.request(toRequest(variables), schema)).data,
    onSuccess: async () => {
      await Promise.all(invalidates.map((path) => queryClient.invalidateQueries({ queryKey: [API_KEY, path] })));
    },
  });
}
