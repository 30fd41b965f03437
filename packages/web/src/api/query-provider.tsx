import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useSession } from '../features/account/session/session-context';
import { createQueryClient } from './query-client';

/**
 * The workspace's query cache. It sits in the workspace frame (a lazy chunk), never around the
 * public self-check, so TanStack Query is not part of the start page's first load.
 *
 * One cache per signed-in person: when the account changes (sign-out, a session that ended, someone
 * else signing in on a shared computer) the old cache is dropped, so nobody is shown, even for a
 * moment, what was read for the person before them.
 */
export function ApiQueryProvider({ children }: { readonly children: ReactNode }) {
  const { session } = useSession();
  const userId = session?.user.id ?? null;
  const [cache, setCache] = useState<{ readonly userId: string | null; readonly client: QueryClient }>(() => ({
    userId,
    client: createQueryClient(),
  }));
  let { client } = cache;
  if (cache.userId !== userId) {
    client.clear();
    client = createQueryClient();
    setCache({ userId, client });
  }
  // Keyed by the person: the pages below remount with the new cache (a mounted query keeps the client it
  // was created with, so swapping the client alone would not be enough).
  return (
    <QueryClientProvider key={userId ?? ''} client={client}>
      {children}
    </QueryClientProvider>
  );
}
