import { createContext, useContext } from 'react';
import type { ApiClient } from './api-client';

export const ApiContext = createContext<ApiClient | null>(null);

/** @returns The API client from the nearest provider; throws when there is none (a wiring bug). */
export function useApiClient(): ApiClient {
  const client = useContext(ApiContext);
  if (client === null) {
    throw new Error('useApiClient() needs an <ApiContext> provider above it.');
  }
  return client;
}
