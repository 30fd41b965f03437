import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAuthTestApp, type AuthTestApp } from '../../test/auth-fixtures.js';

/*
 * The public finder takes any query string from anyone: generated queries (known parameters with any
 * value, repeated or not, unknown parameters, odd encodings) never get a 5xx; every answer is a 200 or a
 * 400 whose issues name a parameter of the query.
 */

const PARAMS = [
  'zip',
  'radiusMiles',
  'region',
  'state',
  'level',
  'payer',
  'medication',
  'kratomExperience',
  'service',
  'population',
  'language',
  'openCapacity',
  'limit',
] as const;

const value = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('19104', '00000', 'PA', 'northeast', 'iop', 'medicaid', 'true', 'false', '25', '-1', '1e9', 'NaN'),
  fc.integer().map(String),
);
const pair = fc.tuple(fc.oneof(fc.constantFrom(...PARAMS), fc.string({ minLength: 1, maxLength: 8 })), value);

describe('GET /api/finder/facilities with generated queries', () => {
  let t: AuthTestApp;

  beforeAll(async () => {
    t = await buildAuthTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('answers 200 or a 400 naming a parameter, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(pair, { maxLength: 6 }), async (pairs) => {
        const query = pairs.map(([key, val]) => `${encodeURIComponent(key)}=${encodeURIComponent(val)}`).join('&');
        const response = await t.app.inject({ method: 'GET', url: `/api/finder/facilities?${query}` });
        if (response.statusCode === 200) {
          return true;
        }
        expect(response.statusCode).toBe(400);
        const body = response.json<{ issues?: { path: (string | number)[] }[] }>();
        const named = body.issues?.[0]?.path[0];
        expect(typeof named).toBe('string');
        return true;
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
