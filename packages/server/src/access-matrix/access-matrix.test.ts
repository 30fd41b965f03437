import { verifyAuditChain } from '@kratom-care/store';
import { TEST_TARGETS } from '../test/auth-fixtures.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccessWorld, type AccessWorld } from '../test/access-world.js';
import { COVERED_ELSEWHERE, ROLES, type Scope } from './access-matrix.table.js';
import { MATRIX_ENTRIES } from './matrix-entries.js';
import { matrixRequest } from '../test/matrix-request.js';

function expectedOutcomes(status: number): string[] {
  if (status < 300) {
    return ['allowed'];
  }
  return status === 404 ? ['denied', 'not-found'] : ['denied'];
}

const NOT_FOUND_BODY = '{"code":"NOT_FOUND","message":"Not found"}';

interface Cell {
  readonly route: string;
  readonly role: string;
  readonly scope: Scope;
  readonly expected: number;
  readonly audited: boolean;
}

const CELLS: Cell[] = MATRIX_ENTRIES.flatMap((entry) =>
  ROLES.flatMap((role) => {
    const statuses = entry.expect[role].split(' ').map(Number);
    if (statuses.length !== entry.scopes.length) {
      throw new Error(
        `${entry.method} ${entry.path} ${role}: ${statuses.length} statuses for ${entry.scopes.length} scopes`,
      );
    }
    return entry.scopes.map((scope, index) => ({
      route: `${entry.method} ${entry.path}`,
      role,
      scope,
      expected: statuses[index] ?? 0,
      audited: entry.audited,
    }));
  }),
);

async function auditCount(world: AccessWorld): Promise<number> {
  const row = await world.scratch.db
    .selectFrom('audit_event')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe.each(TEST_TARGETS)('access matrix on $kind', (target) => {
  let world: AccessWorld;

  beforeAll(async () => {
    world = await createAccessWorld(target);
  }, 60_000);

  afterAll(async () => {
    await world.dispose();
  });

  it('has rows for every registered /api route', () => {
    const spec = world.app.swagger() as { paths?: Record<string, Record<string, unknown>> };
    const registered = Object.entries(spec.paths ?? {}).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const covered = new Set([...MATRIX_ENTRIES.map((entry) => `${entry.method} ${entry.path}`), ...COVERED_ELSEWHERE]);
    expect(registered.filter((route) => route.includes(' /api/') && !covered.has(route))).toEqual([]);
    // And the other way: no row for a route the app does not have (an append-only type has no update route).
    const routes = new Set(registered);
    expect(
      MATRIX_ENTRIES.map((entry) => `${entry.method} ${entry.path}`).filter((route) => !routes.has(route)),
    ).toEqual([]);
    expect(registered.length).toBeGreaterThan(MATRIX_ENTRIES.length);
  });

  it(`answers every cell as the hand-written table says (${CELLS.length} cells), auditing each patient-data access once`, async () => {
    const mismatches: string[] = [];
    const chainFailures: unknown[] = [];
    // Counted over the whole run, after the cells: every audited answered cell wrote exactly one row
    // (the seed writes none), and every world's chain verifies with exactly those rows.
    let auditedCells = 0;
    let auditedCellsInWorld = 0;
    let auditRows = 0;
    const finishWorld = async (done: AccessWorld): Promise<void> => {
      const verification = await verifyAuditChain(done.scratch.db, done.app.identity.auditKey);
      if (!verification.ok || verification.count !== auditedCellsInWorld) {
        chainFailures.push({ verification, expectedRows: auditedCellsInWorld });
      }
      auditRows += await auditCount(done);
      auditedCellsInWorld = 0;
    };
    let dirty = false;
    for (const entry of MATRIX_ENTRIES) {
      for (const role of ROLES) {
        for (const scope of entry.scopes) {
          if (dirty) {
            await finishWorld(world);
            await world.dispose();
            world = await createAccessWorld(target);
            dirty = false;
          }
          const cell = CELLS.find(
            (c) => c.route === `${entry.method} ${entry.path}` && c.role === role && c.scope === scope,
          );
          const before = await auditCount(world);
          const response = await world.app.inject(matrixRequest(world, entry, role, scope));
          const after = await auditCount(world);
          const label = `${entry.method} ${entry.path} as ${role} on ${scope}`;
          if (response.statusCode !== cell?.expected) {
            mismatches.push(
              `${label}: expected ${cell?.expected}, got ${response.statusCode} ${response.body.slice(0, 120)}`,
            );
          }
          if (response.statusCode === 404 && response.body !== NOT_FOUND_BODY) {
            mismatches.push(`${label}: 404 body differs: ${response.body}`);
          }
          const answeredRows = response.statusCode < 300 ? (entry.auditRows ?? 1) : 1;
          const expectedRows = entry.audited && response.statusCode !== 401 ? answeredRows : 0;
          auditedCells += expectedRows;
          auditedCellsInWorld += expectedRows;
          if (after - before !== expectedRows) {
            mismatches.push(`${label}: expected ${expectedRows} audit rows, got ${after - before}`);
          }
          if (expectedRows === 1) {
            const last = await world.scratch.db
              .selectFrom('audit_event')
              .selectAll()
              .orderBy('seq', 'desc')
              .limit(1)
              .executeTakeFirstOrThrow();
            const outcome = expectedOutcomes(response.statusCode);
            if (!outcome.includes(last.outcome) || (scope === 'nonexistent' && last.outcome !== 'not-found')) {
              mismatches.push(`${label}: audit outcome ${last.outcome}`);
            }
          }
          if (entry.method !== 'GET' && response.statusCode < 300) {
            dirty = true;
          }
        }
      }
    }
    await finishWorld(world);
    expect(mismatches).toEqual([]);
    expect(chainFailures).toEqual([]);
    expect(auditedCells).toBeGreaterThan(0);
    expect(auditRows).toBe(auditedCells);
    // Reported in the task note; printed so the number comes from the run itself.
    process.stdout.write(`access matrix on ${target.kind}: ${CELLS.length} cells, ${auditRows} audit rows\n`);
  }, 300_000);
});
