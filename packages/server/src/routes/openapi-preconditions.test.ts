import { RECORD_TYPES } from '@kratom-care/contracts';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../access-matrix/access-matrix.table.js';
import { MATRIX_ENTRIES } from '../access-matrix/matrix-entries.js';
import { recordPaths } from '../records/record-paths.js';
import { TEST_TARGETS } from '../test/auth-fixtures.js';
import { createAccessWorld } from '../test/access-world.js';
import { matrixRequest } from '../test/matrix-request.js';

/*
 * Issue 8 defect 6: the OpenAPI document lists the answers a route can give for its preconditions.
 * Which routes need `Idempotency-Key` or `If-Match` is found by asking the app, not from a list kept
 * beside it: each write is sent, by a role the access matrix lets through, once without the header.
 */

type Responses = Record<string, unknown>;

const IDEMPOTENT_CREATES = [
  'POST /api/patients',
  ...RECORD_TYPES.map((type) => `POST ${recordPaths(type).collection}`),
  'POST /api/me/consents',
  'POST /api/facilities',
  'POST /api/facilities/:id/programmes',
  'POST /api/patients/:id/break-glass',
  'POST /api/patients/:id/invitation',
  'POST /api/patients/:id/care-intensity',
  'POST /api/patients/:id/plan',
  'POST /api/patients/:id/summary/disclosures',
  'POST /api/admin/users',
  'POST /api/admin/users/:id/invitation',
  'POST /api/inquiries',
  'POST /api/inquiries/:id/activities',
  'POST /api/inquiries/:id/convert',
  'POST /api/inquiries/:id/referrals',
].sort();

function isHeaderRefusal(body: string, header: string): boolean {
  const parsed = JSON.parse(body) as { issues?: { path: string[] }[] };
  return parsed.issues?.some((issue) => issue.path.join('.') === `headers.${header}`) ?? false;
}

describe('OpenAPI lists 409/422 for every Idempotency-Key route and 412/428 for every If-Match route', () => {
  const target = TEST_TARGETS[0];

  it('probes every write and checks its documented responses', async () => {
    if (target === undefined) {
      throw new Error('no test database');
    }
    const needsKey: string[] = [];
    const needsIfMatch: string[] = [];
    const missing: string[] = [];
    let documented: Record<string, Record<string, { responses?: Responses }>> = {};
    for (const entry of MATRIX_ENTRIES.filter((row) => row.method !== 'GET')) {
      const scope = entry.scopes[0] ?? 'none';
      const role = ROLES.find((candidate) => Number(entry.expect[candidate].split(' ')[0]) < 300);
      if (role === undefined) {
        continue;
      }
      // A fresh world per route: a write that needs neither header goes through and changes it.
      const world = await createAccessWorld(target);
      try {
        documented = (world.app.swagger() as { paths: typeof documented }).paths;
        const route = `${entry.method} ${entry.path}`;
        const request = matrixRequest(world, entry, role, scope);
        const headers = { ...(request.headers as Record<string, string>) };
        const { 'idempotency-key': _key, ...withoutKey } = headers;
        const noKey = await world.app.inject({ ...request, headers: withoutKey });
        if (noKey.statusCode === 400 && isHeaderRefusal(noKey.body, 'idempotency-key')) {
          needsKey.push(route);
        }
        const { 'if-match': _ifMatch, ...withoutIfMatch } = headers;
        const noIfMatch = await world.app.inject({ ...request, headers: withoutIfMatch });
        if (noIfMatch.statusCode === 428) {
          needsIfMatch.push(route);
        }
        const openApiPath = entry.path.replace(/:(\w+)/g, '{$1}');
        const responses = Object.keys(documented[openApiPath]?.[entry.method.toLowerCase()]?.responses ?? {});
        const required = [
          ...(needsKey.includes(route) ? ['400', '409', '422'] : []),
          ...(needsIfMatch.includes(route) ? ['412', '428'] : []),
        ];
        for (const status of required.filter((code) => !responses.includes(code))) {
          missing.push(`${route} does not document ${status}`);
        }
      } finally {
        await world.dispose();
      }
    }
    expect(missing).toEqual([]);
    expect(needsKey.sort()).toEqual(IDEMPOTENT_CREATES);
    expect(needsIfMatch).toEqual(
      expect.arrayContaining([
        'PATCH /api/patients/:id',
        'PATCH /api/facilities/:id',
        'PATCH /api/admin/users/:id',
        'PATCH /api/inquiries/:id',
      ]),
    );
  }, 120_000);
});
