import {
  CONSENT_CATEGORIES,
  createDatabase,
  createScratchDatabase,
  POSTGRES_POOL_MAX,
  insertTestUser,
  patientVisibleTo,
  type AppDatabase,
  type ConsentCategory,
  type DatabaseConfig,
  type Executor,
  type PatientScope,
  type ScratchDatabase,
} from '@kratom-care/store';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../auth/index.js';
import { TEST_TARGETS } from '../test/auth-fixtures.js';
import {
  WORLD_FACILITIES,
  WORLD_USER_COUNT,
  arbAccessWorld,
  insertWorld,
  worldNow,
  worldPatientIds,
  slotUsers,
  worldPrincipal,
  type AccessWorld,
} from '../test/access-agreement-world.js';
import { accessScope } from './access-scope.js';
import type { AccessProfile } from './access-rules.js';
import {
  canBreakGlass,
  canEditPatient,
  canInvitePatient,
  canManageCareTeam,
  canReadClinical,
  canReadCounselling,
  canReadOwnRecord,
  canReadPatient,
  canReadPatientConsents,
  canWriteClinical,
  canWriteCounselling,
  patientListScope,
  type Decision,
  type PatientFacts,
  type PatientRef,
} from './policy.js';
import { factsFromRows, loadRowsFor } from './resolve-facts.js';

/*
 * Issue 7 §2: the per-record decision (the exported policy functions over facts resolved the way
 * withPatientAccess resolves them) and the SQL scope derived from the same rules must agree for
 * every principal, patient and record category of every generated world, on each database.
 */

const WORLDS = 10_000;
const SEED = 20261203;
/** Worlds checked at once, each in its own transaction on its own pooled connection. */
const SLOTS = POSTGRES_POOL_MAX;

/** One permission as a route asks it, and the scope the same rules give in SQL. */
interface Check {
  readonly name: string;
  readonly category?: ConsentCategory | undefined;
  readonly decide: (principal: Principal, patient: PatientRef, facts: PatientFacts) => Decision;
  readonly scope: (principal: Principal, at: string) => PatientScope;
}

function byProfile(profile: AccessProfile, decide: Check['decide'], category?: ConsentCategory): Check {
  return {
    name: category === undefined ? profile : `${profile}:${category}`,
    category,
    decide,
    scope: (principal, at) => accessScope(profile, principal, at, category),
  };
}

const CHECKS: readonly Check[] = [
  // The patient list itself, through the function the list route calls.
  { name: 'patientList', decide: canReadPatient, scope: patientListScope },
  byProfile('editPatient', canEditPatient),
  ...CONSENT_CATEGORIES.map((category) => byProfile('readClinical', canReadClinical, category)),
  byProfile('writeClinical', canWriteClinical),
  byProfile('readCounselling', canReadCounselling, 'counselling-notes'),
  byProfile('writeCounselling', canWriteCounselling),
  byProfile('invitePatient', canInvitePatient),
  byProfile('manageCareTeam', canManageCareTeam),
  byProfile('breakGlass', (principal, patient) => canBreakGlass(principal, patient)),
  byProfile('readPatientConsents', canReadPatientConsents),
  byProfile('ownRecord', (principal, patient) => canReadOwnRecord(principal, patient)),
];

interface Disagreement {
  readonly user: string;
  readonly patient: string;
  readonly check: string;
  readonly decision: boolean;
  readonly scope: boolean;
}

/** A patient row with, per distinct scope, whether the SQL scope admits it. */
interface ScopedPatient {
  readonly patient: PatientRef;
  readonly admitted: readonly boolean[];
}

/**
 * Evaluates many scopes over every patient in one query, one `CASE WHEN <scope> THEN 1` column
 * per scope: the very condition `patientVisibleTo` gives the list's WHERE clause.
 */
async function admittedBy(trx: Executor, scopes: readonly PatientScope[]): Promise<ScopedPatient[]> {
  const rows = await trx
    .selectFrom('patient')
    .select((eb) => [
      'patient.id',
      'patient.facility_id',
      'patient.user_id',
      ...scopes.map((scope, index) =>
        eb.case().when(patientVisibleTo(scope)(eb)).then(1).else(0).end().as(`s${index}`),
      ),
    ])
    .execute();
  return rows.map((row) => {
    const columns = row as Record<string, unknown>;
    return {
      patient: { id: row.id, facilityId: row.facility_id, userId: row.user_id },
      admitted: scopes.map((_, index) => Number(columns[`s${index}`]) === 1),
    };
  });
}

/**
 * Writes the world in a transaction, then compares, for every principal, patient and check, the
 * per-record decision with the SQL scope (one scope query for the whole world, and the rows each
 * principal's facts come from, loaded as withPatientAccess loads them), and rolls everything back.
 */
async function compareWorld(db: AppDatabase, world: AccessWorld, slot: number) {
  const trx = await db.startTransaction().execute();
  try {
    await insertWorld(trx, world, slot);
    const at = worldNow(world);
    const patientIds = worldPatientIds(world, slot);
    const principals = Array.from({ length: WORLD_USER_COUNT }, (_, user) => worldPrincipal(world, slot, user));
    const distinct = new Map<string, PatientScope>();
    const columnOf = principals.map((principal) =>
      CHECKS.map((check) => {
        const scope = check.scope(principal, at);
        const key = JSON.stringify(scope);
        if (!distinct.has(key)) {
          distinct.set(key, scope);
        }
        return [...distinct.keys()].indexOf(key);
      }),
    );
    const patients = await admittedBy(trx, [...distinct.values()]);
    const found: Disagreement[] = [];
    for (const [index, principal] of principals.entries()) {
      const rows = await loadRowsFor(trx, principal, patientIds, true);
      for (const { patient, admitted } of patients) {
        CHECKS.forEach((check, checkIndex) => {
          const decision = check.decide(principal, patient, factsFromRows(rows, patient, at, check.category)).allowed;
          const scope = admitted[columnOf[index]?.[checkIndex] ?? -1] === true;
          if (decision !== scope) {
            found.push({ user: principal.userId, patient: patient.id, check: check.name, decision, scope });
          }
        });
      }
    }
    return { found, checked: principals.length * patients.length * CHECKS.length };
  } finally {
    await trx.rollback().execute();
  }
}

/**
 * The scratch database opened again with PostgreSQL's JIT off: with no statistics on rows that are
 * always rolled back, the planner over-costs the wide scope query and JIT-compiles it (about 15 ms
 * a world). The test checks answers, not plans.
 */
function withoutJit(config: DatabaseConfig): DatabaseConfig {
  if (config.kind !== 'postgres') {
    return config;
  }
  const url = new URL(config.url);
  url.searchParams.set('options', `${url.searchParams.get('options') ?? ''} -c jit=off`.trim());
  return { kind: 'postgres', url: url.toString() };
}

describe.each(TEST_TARGETS)('the access policy and its list scope on $kind', (target) => {
  let scratch: ScratchDatabase;
  let db: AppDatabase;

  beforeAll(async () => {
    scratch = await createScratchDatabase(target);
    db = target.kind === 'postgres' ? createDatabase(withoutJit(scratch.config)) : scratch.db;
    for (let slot = 0; slot < SLOTS; slot += 1) {
      for (const id of slotUsers(slot)) {
        await insertTestUser(scratch.db, { id });
      }
    }
    const created = '2026-11-28T12:00:00.000Z';
    await scratch.db
      .insertInto('facility')
      .values(
        WORLD_FACILITIES.map((id, index) => ({
          id,
          name: `Agreement Facility ${index}`,
          region: 'Test',
          address: `${index + 1} Test Way`,
          created_at: created,
          updated_at: created,
        })),
      )
      .execute();
  });

  afterAll(async () => {
    if (db !== scratch.db) {
      await db.destroy();
    }
    await scratch.dispose();
  });

  it(`agree for every principal, patient and category in ${WORLDS} generated worlds`, async () => {
    let worlds = 0;
    let checked = 0;
    let disagreements = 0;
    const started = performance.now();
    // SLOTS worlds a run, each a transaction that rolls back (SQLite takes them one after another).
    await fc.assert(
      fc.asyncProperty(fc.array(arbAccessWorld, { minLength: SLOTS, maxLength: SLOTS }), async (batch) => {
        const results = await Promise.all(batch.map((world, slot) => compareWorld(db, world, slot)));
        worlds += batch.length;
        checked += results.reduce((sum, result) => sum + result.checked, 0);
        const found = results.flatMap((result) => result.found);
        disagreements += found.length;
        // The first disagreement fails the run; fast-check shrinks the worlds and prints them with the seed.
        expect(found).toEqual([]);
      }),
      { numRuns: WORLDS / SLOTS, seed: SEED },
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    // eslint-disable-next-line no-console -- the run's size and result are the evidence issue 7 asks for
    console.info(
      `policy/scope agreement on ${target.kind}: ${worlds} worlds, ${checked} checks, ${disagreements} disagreements, ${seconds} s`,
    );
    expect(worlds).toBe(WORLDS);
  }, 600_000);
});
