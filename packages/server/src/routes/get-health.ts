import { z } from 'zod';
import type { App } from '../app-types.js';

const ZHealthResponse = z.object({ status: z.literal('ok') });

/** `GET /healthz`: the process is up and serving. For load balancers and `npm start` checks. */
export function registerGetHealth(app: App): void {
  app.get(
    '/healthz',
    { schema: { summary: 'Liveness probe', tags: ['operations'], response: { 200: ZHealthResponse } } },
    () => ({ status: 'ok' as const }),
  );
}
