import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { TEST_CONFIG } from './test/build-test-app.js';

describe('closing the app (what SIGTERM does in main.ts)', () => {
  it('finishes requests already in flight, tells keep-alive clients to hang up, then stops', async () => {
    const app = await createApp({ config: TEST_CONFIG });
    app.get('/api/test-only/slow', async () => {
      await sleep(300);
      return { done: true };
    });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });

    const inFlight = fetch(`${address}/api/test-only/slow`);
    await sleep(50);
    const closing = app.close();
    const res = await inFlight;

    expect(res.status).toBe(200);
    expect(res.headers.get('connection')).toBe('close');
    expect(await res.json()).toEqual({ done: true });
    await closing;
    await expect(fetch(`${address}/healthz`)).rejects.toThrow();
  });
});
