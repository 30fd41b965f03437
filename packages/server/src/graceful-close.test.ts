import { describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { TEST_CONFIG } from './test/build-test-app.js';
import { signInStandIn } from './test/stand-in-principal.js';

/** A promise with its resolver, so a test can wait for a moment instead of sleeping past it. */
function signal(): { readonly promise: Promise<void>; readonly fire: () => void } {
  let fire = (): void => undefined;
  const promise = new Promise<void>((resolve) => {
    fire = resolve;
  });
  return { promise, fire };
}

describe('closing the app (what SIGTERM does in main.ts)', () => {
  it('finishes requests already in flight, tells keep-alive clients to hang up, then stops', async () => {
    const app = await createApp({ config: TEST_CONFIG });
    const requestArrived = signal();
    const closeStarted = signal();
    // The request is held open until closing has begun, by events rather than by timing: the
    // handler waits for this preClose hook, which runs after the app's own (hooks run in order).
    app.addHook('preClose', (done) => {
      closeStarted.fire();
      done();
    });
    // Every /api route not listed public is protected, this one included.
    signInStandIn(app);
    app.get('/api/test-only/slow', async () => {
      requestArrived.fire();
      await closeStarted.promise;
      return { done: true };
    });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });

    const inFlight = fetch(`${address}/api/test-only/slow`);
    await requestArrived.promise;
    const closing = app.close();
    const res = await inFlight;

    expect(res.status).toBe(200);
    expect(res.headers.get('connection')).toBe('close');
    expect(await res.json()).toEqual({ done: true });
    await closing;
    await expect(fetch(`${address}/healthz`)).rejects.toThrow();
  });
});
