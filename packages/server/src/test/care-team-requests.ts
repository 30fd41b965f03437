import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { AccessWorld } from './access-world.js';

/** Posts as the care-team clinician and checks the status; see {@link careTeamPoster}. */
export type CareTeamPost = (path: string, payload: object, expected?: number) => Promise<LightMyRequestResponse>;

/**
 * A POST helper for route tests that store records as the patient's care-team clinician. Each call
 * carries a new `Idempotency-Key` (`<keyPrefix>-<n>`), so two identical payloads are two records
 * rather than one replay; the counter lives as long as the helper, like the per-file counters it
 * replaces. The status check carries the body as its message, so a failed seed shows the server's
 * issues.
 *
 * @param world - The current test's access world (from `useAccessWorld`).
 * @param base - URL prefix, e.g. `/api/patients/<id>`.
 * @param keyPrefix - Prefix of the idempotency keys.
 * @returns `post(path, payload, expected = 201)`, resolving to the response.
 */
export function careTeamPoster(world: () => AccessWorld, base: string, keyPrefix: string): CareTeamPost {
  let keys = 0;
  return async (path, payload, expected = 201) => {
    const response = await world().request('clinician-on-care-team', {
      method: 'POST',
      url: `${base}${path}`,
      payload,
      headers: { 'idempotency-key': `${keyPrefix}-${(keys += 1)}` },
    });
    expect(response.statusCode, response.body).toBe(expected);
    return response;
  };
}

/**
 * GETs as the care-team clinician, expects 200 (the body as the failure message) and parses the JSON.
 *
 * @param world - The current test's access world.
 * @param url - The URL.
 * @returns The parsed body.
 */
export async function careTeamRead<T>(world: () => AccessWorld, url: string): Promise<T> {
  const response = await world().request('clinician-on-care-team', { method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<T>();
}
