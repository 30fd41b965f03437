import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../auth/index.js';
import { createAccessWorld, type AccessWorld } from '../test/access-world.js';
import { TEST_TARGETS } from '../test/auth-fixtures.js';
import { matrixRequest } from '../test/matrix-request.js';
import { ROLES, type MatrixEntry, type MatrixRole, type Scope } from './access-matrix.table.js';
import { MATRIX_ENTRIES } from './matrix-entries.js';

// SECURITY.md BR-01 and BR-02, driven by the hand-written access matrix: every mutating route is replayed
// the three ways a cross-site attacker could send it, and every response carries the security headers.

const TABLES = [
  'patient',
  'care_team',
  'consent',
  'disclosure',
  'clinical_record',
  'break_glass',
  'facility',
  'membership',
  'audit_event',
  'user',
] as const;

async function rowCounts(world: AccessWorld): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await world.scratch.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

/** A cell where the route succeeds, so a 403 can only come from the CSRF check. */
function succeedingCell(entry: MatrixEntry): { role: MatrixRole; scope: Scope } | undefined {
  for (const role of ROLES) {
    const statuses = entry.expect[role].split(' ').map(Number);
    const index = statuses.findIndex((status) => status >= 200 && status < 300);
    const scope = entry.scopes[index];
    if (index >= 0 && scope !== undefined && role !== 'anonymous') {
      return { role, scope };
    }
  }
  return undefined;
}

function withoutCsrfHeader(request: InjectOptions): Record<string, string> {
  return Object.fromEntries(
    Object.entries(request.headers as Record<string, string>).filter(([name]) => name !== CSRF_HEADER),
  );
}

const ATTACKS: readonly { name: string; build: (request: InjectOptions) => InjectOptions }[] = [
  { name: 'without the CSRF header', build: (request) => ({ ...request, headers: withoutCsrfHeader(request) }) },
  {
    name: 'from a foreign Origin',
    build: (request) => ({
      ...request,
      headers: { ...(request.headers as Record<string, string>), origin: 'http://evil.example' },
    }),
  },
  {
    name: 'as a text/plain form replay',
    build: (request) => ({
      ...request,
      headers: { ...withoutCsrfHeader(request), 'content-type': 'text/plain' },
      payload: JSON.stringify(request.payload ?? {}),
    }),
  },
];

const MUTATING = MATRIX_ENTRIES.filter((entry) => entry.method !== 'GET');

function expectSecurityHeaders(response: LightMyRequestResponse, label: string): void {
  const headers = response.headers;
  expect(headers['x-content-type-options'], label).toBe('nosniff');
  expect(headers['referrer-policy'], label).toBe('no-referrer');
  expect(headers['content-security-policy'], label).toContain("default-src 'none'");
  expect(headers['cache-control'], label).toBe('no-store');
  expect(headers['x-powered-by'], label).toBeUndefined();
  expect(headers['access-control-allow-origin'], label).toBeUndefined();
}

describe.each(TEST_TARGETS)('CSRF and security headers across the access matrix on $kind', (target) => {
  let world: AccessWorld;

  beforeAll(async () => {
    world = await createAccessWorld(target);
  }, 60_000);

  afterAll(async () => {
    await world.dispose();
  });

  it('has a succeeding cell for every mutating route, so each replay below is meaningful', () => {
    expect(MUTATING.filter((entry) => succeedingCell(entry) === undefined).map((e) => e.path)).toEqual([]);
  });

  it(`rejects all ${MUTATING.length * ATTACKS.length} cross-site replays of mutating routes with 403 and changes no rows`, async () => {
    const before = await rowCounts(world);
    const failures: string[] = [];
    for (const entry of MUTATING) {
      const cell = succeedingCell(entry);
      if (cell === undefined) {
        continue;
      }
      for (const attack of ATTACKS) {
        const response = await world.app.inject(attack.build(matrixRequest(world, entry, cell.role, cell.scope)));
        if (response.statusCode !== 403) {
          failures.push(`${entry.method} ${entry.path} ${attack.name}: ${response.statusCode}`);
        }
        expectSecurityHeaders(response, `${entry.method} ${entry.path} ${attack.name}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await rowCounts(world)).toEqual(before);
  }, 120_000);

  it('sends the security headers on every GET cell of the matrix, denials and 404s included', async () => {
    const before = await rowCounts(world);
    for (const entry of MATRIX_ENTRIES.filter((e) => e.method === 'GET')) {
      for (const role of ROLES) {
        for (const scope of entry.scopes) {
          const response = await world.app.inject(matrixRequest(world, entry, role, scope));
          expectSecurityHeaders(response, `${entry.path} as ${role} on ${scope}`);
        }
      }
    }
    // Reads change nothing but the audit trail and, for a family member's read, the disclosure accounting.
    const after = await rowCounts(world);
    expect({ ...after, audit_event: 0, disclosure: 0 }).toEqual({ ...before, audit_event: 0, disclosure: 0 });
    expect(after.disclosure).toBeGreaterThan(before.disclosure ?? 0);
  }, 120_000);
});
