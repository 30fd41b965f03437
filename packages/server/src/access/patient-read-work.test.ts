import { recordStatements as recordDriverStatements, type Executor, type StatementRecorder } from '@kratom-care/store';
import pg from 'pg';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MISSING, PATIENT_A, PATIENT_C, USERS } from '../test/access-world.js';
import { TEST_TARGETS } from '../test/auth-fixtures.js';
import { useAccessWorld } from '../test/use-access-world.js';

/*
 * The database work of one audited patient read (issue 8 §1 and §4): how many statements and
 * round trips it costs, and that a hidden patient and a missing one cost exactly the same.
 */

const recorders: StatementRecorder[] = [];

/** The statement that reads a session, its account and memberships. */
const SESSION_READ = /from "session"/i;

/**
 * Every statement that reaches the database under `db`, as SQL text: recorded at the driver, so
 * the hot path's direct driver calls count as well as Kysely's and the transactions'.
 */
function recordStatements(db: Executor): { readonly sql: readonly string[] } {
  const recorder = recordDriverStatements(db);
  recorders.push(recorder);
  return recorder;
}

/** Every round trip to PostgreSQL, BEGIN and COMMIT included: each `client.query` call is one. */
function recordRoundTrips(): { readonly count: number } {
  const spy = vi.spyOn(pg.Client.prototype, 'query');
  return {
    get count() {
      return spy.mock.calls.length;
    },
  };
}

async function auditRow(db: Executor) {
  return db.selectFrom('audit_event').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
}

describe.each(TEST_TARGETS)('the work of an audited patient read on $kind', (target) => {
  const world = useAccessWorld(target);

  afterEach(() => {
    // The spies first: they wrap the recorders' patches, which are undone after them.
    vi.restoreAllMocks();
    recorders.splice(0).forEach((recorder) => {
      recorder.stop();
    });
  });

  /**
   * Reads until the clinician's session is kept (decision 0038), so the read measured next does
   * the work of every request after the first: on PostgreSQL the notifications of the world's own
   * set-up arrive some time after it, and each retires what was kept.
   */
  async function keepSession(): Promise<void> {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const recorder = recordDriverStatements(world().scratch.db);
      try {
        await world().request('clinician-on-care-team', { method: 'GET', url: `/api/patients/${PATIENT_A}` });
      } finally {
        recorder.stop();
      }
      if (!recorder.sql.some((text) => SESSION_READ.test(text))) {
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('the session was never kept');
  }

  it('reads patient and access facts in one statement and appends the audit row in one, the session being kept', async () => {
    const { scratch } = world();
    // The first read after start also reads the session and the chain head once.
    await keepSession();
    const { app } = world();
    const statements = recordStatements(scratch.db);
    const trips = recordRoundTrips();
    const batchesBefore = app.auditWriter.batches;
    const response = await world().request('clinician-on-care-team', {
      method: 'GET',
      url: `/api/patients/${PATIENT_A}`,
    });
    expect(response.statusCode).toBe(200);
    expect(app.auditWriter.batches - batchesBefore).toBe(1);
    const sql = statements.sql;
    expect(sql.some((text) => SESSION_READ.test(text))).toBe(false);
    const verbs = sql.map((statement) => statement.split(' ')[0]?.toLowerCase());
    if (target.kind === 'postgres') {
      // No BEGIN, no COMMIT, no lock: the read autocommits and the audit batch is one statement.
      expect(verbs).toEqual(['select', 'insert']);
      expect(sql[0]).toContain('"patient"');
      expect(sql[1]).toContain('audit_event');
      expect(trips.count).toBe(2);
    } else {
      // The change counter that says the kept session is current, then the patient. On a SQLite
      // file the batch commits on the writer's worker thread (its own connection).
      expect(sql).toHaveLength(2);
      expect(sql[0]).toContain('principal_generation');
      expect(sql[1]).toContain('"patient"');
    }
    // Reported in the task note; printed so the numbers come from the run itself.
    const roundTrips = target.kind === 'postgres' ? `, ${trips.count} round trips` : '';
    process.stdout.write(`patient read on ${target.kind}: 1 read + 1 audit batch${roundTrips}\n`);
  });

  it('makes at most 4 round trips even right after start, when the chain head is not yet known', async () => {
    const statements = recordStatements(world().scratch.db);
    const trips = recordRoundTrips();
    const response = await world().request('clinician-on-care-team', {
      method: 'GET',
      url: `/api/patients/${PATIENT_A}`,
    });
    expect(response.statusCode).toBe(200);
    expect(statements.sql.length).toBeLessThanOrEqual(4);
    if (target.kind === 'postgres') {
      expect(trips.count).toBeLessThanOrEqual(4);
    }
  });

  it('runs the same statements for a hidden patient as for a missing one, before the same 404', async () => {
    const { scratch } = world();
    // Warm up the chain head and the kept session, so both requests below find the app in the same state.
    await keepSession();
    const statements = recordStatements(scratch.db);
    const hidden = await world().request('clinician-on-care-team', {
      method: 'GET',
      url: `/api/patients/${PATIENT_C}`,
    });
    const hiddenStatements = statements.sql;
    const missing = await world().request('clinician-on-care-team', { method: 'GET', url: `/api/patients/${MISSING}` });
    expect(hidden.statusCode).toBe(404);
    expect(missing.body).toBe(hidden.body);
    expect(statements.sql.slice(hiddenStatements.length)).toEqual(hiddenStatements);
  });

  it('records the requested id on a not-found row, as on a denied one', async () => {
    const { scratch } = world();
    await world().request('clinician-on-care-team', { method: 'GET', url: `/api/patients/${MISSING}` });
    const notFound = await auditRow(scratch.db);
    expect(notFound).toMatchObject({
      outcome: 'not-found',
      action: 'patient.read',
      actor_user_id: USERS['clinician-on-care-team'],
      patient_id: MISSING,
      resource_id: MISSING,
    });
    await world().request('clinician-on-care-team', { method: 'GET', url: `/api/patients/${PATIENT_C}` });
    expect(await auditRow(scratch.db)).toMatchObject({
      outcome: 'denied',
      patient_id: PATIENT_C,
      resource_id: PATIENT_C,
    });
  });

  it('records the requested patient and record ids on a not-found record read', async () => {
    const { scratch } = world();
    const url = `/api/patients/${MISSING}/assessments/${MISSING}-record`;
    expect((await world().request('clinician-on-care-team', { method: 'GET', url })).statusCode).toBe(404);
    expect(await auditRow(scratch.db)).toMatchObject({
      outcome: 'not-found',
      patient_id: MISSING,
      resource_id: `${MISSING}-record`,
    });
  });
});
