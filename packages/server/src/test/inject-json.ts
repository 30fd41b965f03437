import type { LightMyRequestResponse } from 'fastify';
import type { App } from '../app-types.js';

/** POSTs a raw string as `application/json`, so tests control the exact bytes (broken JSON, `__proto__`). */
export function postJson(app: App, url: string, body: string): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: body });
}

/** POSTs a value serialized with JSON.stringify. */
export function postValue(app: App, url: string, value: unknown): Promise<LightMyRequestResponse> {
  return postJson(app, url, JSON.stringify(value));
}
