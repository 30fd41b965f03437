import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from './app-types.js';
import { createApp } from './app.js';
import { buildTestApp, TEST_CONFIG } from './test/build-test-app.js';
import { postValue } from './test/inject-json.js';
import { answersInOrder } from './test/instrument-fixtures.js';
import { createLogCapture } from './test/log-capture.js';

const CANARY = 'Ava Testpatient 1985-02-03';

describe('request logging', () => {
  const logs = createLogCapture();
  let app: App;
  beforeAll(async () => {
    app = await buildTestApp({ logStream: logs.stream });
    await postValue(app, '/api/instruments/cows/score', {
      answers: answersInOrder('cows', [{ bpm: 187 }, 2, 3, 2, 2, 2, 2, 1, 2, 2, 3]),
    });
    await postValue(app, '/api/instruments/phq9/score', { answers: { selfHarmThoughts: CANARY } });
    await app.inject({ url: `/api/instruments?name=${encodeURIComponent(CANARY)}` });
    await app.inject({ url: `/api/${encodeURIComponent(CANARY)}?q=${encodeURIComponent(CANARY)}` });
  });
  afterAll(async () => {
    await app.close();
  });

  it('writes one JSON line per request', () => {
    expect(logs.lines()).toHaveLength(4);
  });

  it('logs method, route, status, response time and request id for each request', () => {
    const completed = logs.lines().filter((line) => line['msg'] === 'request completed');
    expect(completed.map((line) => (line['res'] as { statusCode: number }).statusCode)).toEqual([200, 400, 200, 404]);
    for (const line of completed) {
      expect(line['reqId']).toEqual(expect.any(String));
      expect(line['responseTime']).toEqual(expect.any(Number));
    }
    expect(completed.map((line) => line['req'])).toEqual([
      { method: 'POST', url: '/api/instruments/cows/score' },
      { method: 'POST', url: '/api/instruments/phq9/score' },
      { method: 'GET', url: '/api/instruments' },
      { method: 'GET', url: '(no matching route)' },
    ]);
  });

  it('never logs answers, bodies, query strings or client addresses', () => {
    const text = logs.text();
    expect(text).not.toContain('Ava Testpatient');
    expect(text).not.toContain('Testpatient');
    expect(text).not.toContain('bpm');
    expect(text).not.toContain('answers');
    expect(text).not.toContain('selfHarmThoughts');
    expect(text).not.toContain('name=');
    expect(text).not.toContain('remoteAddress');
    expect(text).not.toContain('127.0.0.1');
  });
});

describe('request logging at info (the default)', () => {
  it('writes no line for a request that succeeds, so the hot path pays nothing for logging', async () => {
    const logs = createLogCapture();
    const app = await createApp({ config: { ...TEST_CONFIG, logLevel: 'info' }, logStream: logs.stream });
    await postValue(app, '/api/instruments/cows/score', {
      answers: answersInOrder('cows', [{ bpm: 187 }, 2, 3, 2, 2, 2, 2, 1, 2, 2, 3]),
    });
    await app.inject({ url: '/api/instruments' });
    await app.close();
    expect(logs.lines()).toEqual([]);
  });
});
