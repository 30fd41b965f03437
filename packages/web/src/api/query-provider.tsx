import { QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { createQueryClient } from './query-client';

/**
 * The workspace's query cache. It sits in the workspace frame (a lazy chunk), never around the
 * public self-check, so TanStack Query is not part of the start page's first load.
 */
export function ApiQueryProvider({ children }: { readonly children: ReactNode }) {
  const [client] = useState(createQueryClient);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
