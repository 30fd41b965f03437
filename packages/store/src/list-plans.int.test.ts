import {
  CompiledQuery,
  sql,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryAudit } from './audit/query-audit.js';
import type { Executor } from './executor.js';
import { listBreakGlassGrants } from './repos/break-glass.js';
import { listCareTeamMembers } from './repos/care-team.js';
import { listClinicalRecords } from './repos/clinical-records.js';
import { listConsentedPatients, listConsentsForPatient } from './repos/consent-queries.js';
import { listDisclosuresForPatient } from './repos/disclosures.js';
import { listFacilityUsers } from './repos/facility-users.js';
import { listDashboard, listMonitoringBoard } from './repos/patient-monitoring.js';
import type { PatientScope } from './repos/patient-scope.js';
import { listVisiblePatients } from './repos/visible-patients.js';
import { createScratchDatabase, scratchTargets, type ScratchDatabase } from './testing/scratch-database.js';

/*
 * Issue 8 §5: every list filter has an index. Each list query the store runs is captured as SQL and
 * explained; the test fails when a plan reads a table that grows with the records from end to end
 * (SQLite: `SCAN table` without an index; PostgreSQL, with sequential scans priced out: `Seq Scan
 * on table`). Plans, not timings: bench/scale.mjs measures the cost at 10^4 and 10^6 rows.
 */

/** Tables that grow with patients, records and traffic; a full read of any of them is a defect. */
const GROWING = [
  'patient',
  'patient_monitoring',
  'audit_event',
  'clinical_record',
  'disclosure',
  'consent',
  'break_glass',
  'care_team',
  'user',
];

/** Records the SQL of every SELECT run through it. */
class CaptureSelects implements KyselyPlugin {
  readonly queries: CompiledQuery[] = [];

  constructor(private readonly db: Executor) {}

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (args.node.kind === 'SelectQueryNode') {
      this.queries.push(this.db.getExecutor().compileQuery(args.node, args.queryId));
    }
    return args.node;
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}

const AT = '2026-11-28T12:00:00.000Z';
const CLINICIAN_SCOPE: PatientScope = {
  kind: 'any-of',
  scopes: [
    { kind: 'self', userId: 'clin-1' },
    { kind: 'care-team', clinicianUserId: 'clin-1' },
    {
      kind: 'all-of',
      scopes: [
        { kind: 'break-glass', userId: 'clin-1', at: AT },
        { kind: 'facilities', facilityIds: ['fac-1'] },
      ],
    },
  ],
};
const FAMILY_SCOPE: PatientScope = {
  kind: 'any-of',
  scopes: [{ kind: 'consented', familyUserId: 'family-1', at: AT, category: 'assessments' }],
};
const DAY_END = '2026-11-29T00:00:00.000Z';
const PAGE = { limit: 100 };
const FACILITIES = ['fac-1'];
const USERS = { memberOf: FACILITIES, rolesAt: FACILITIES, at: AT };

/**
 * Every list the API serves, with the filters that narrow it. `ordered`: the index must also give
 * the page order, so a page stops after `limit + 1` rows instead of sorting every match. The
 * others sort a set the caller owns (a caseload, the addresses starting with a prefix).
 */
const LISTS: Readonly<Record<string, { ordered: boolean; walks?: string; run: (db: Executor) => Promise<unknown> }>> = {
  "a clinician's patients": {
    ordered: false,
    run: (db) => listVisiblePatients(db, CLINICIAN_SCOPE, { ...PAGE, sort: 'familyName', order: 'asc' }),
  },
  "a clinician's patients searched by name": {
    ordered: false,
    run: (db) => listVisiblePatients(db, CLINICIAN_SCOPE, { ...PAGE, sort: 'createdAt', order: 'desc', q: 'ava' }),
  },
  "a family member's patients": {
    ordered: false,
    run: (db) => listVisiblePatients(db, FAMILY_SCOPE, { ...PAGE, sort: 'familyName', order: 'asc' }),
  },
  "a facility's patients (admissions)": {
    ordered: true,
    run: (db) =>
      listVisiblePatients(
        db,
        { kind: 'facilities', facilityIds: FACILITIES },
        { ...PAGE, sort: 'familyName', order: 'asc' },
      ),
  },
  /*
   * The one walk: with no other filter, the officer's view reads the log newest first through the
   * time index and keeps the rows of their facilities (the actor's, or the patient's as it is now,
   * which no index on the log can hold). It stops after a page, so it costs the page size divided by
   * the facilities' share of the log, whatever the log's length; every narrower search is indexed.
   */
  'audit, newest first': {
    ordered: true,
    walks: 'audit_event',
    run: (db) => queryAudit(db, { facilityIds: FACILITIES }, PAGE),
  },
  'audit by person': {
    ordered: true,
    run: (db) => queryAudit(db, { facilityIds: FACILITIES, actorUserId: 'clin-1' }, PAGE),
  },
  'audit by patient': {
    ordered: true,
    run: (db) => queryAudit(db, { facilityIds: FACILITIES, patientId: 'p-1' }, PAGE),
  },
  'audit by action': {
    ordered: true,
    run: (db) => queryAudit(db, { facilityIds: FACILITIES, action: 'patient.read' }, PAGE),
  },
  'audit by date': {
    ordered: true,
    run: (db) => queryAudit(db, { facilityIds: FACILITIES, from: AT, to: DAY_END }, PAGE),
  },
  'audit by person and date': {
    ordered: true,
    run: (db) => queryAudit(db, { facilityIds: FACILITIES, actorUserId: 'clin-1', from: AT, to: DAY_END }, PAGE),
  },
  "a patient's assessments": {
    ordered: true,
    run: (db) => listClinicalRecords(db, { patientId: 'p-1', type: 'assessments', order: 'desc', ...PAGE }),
  },
  "a patient's COWS (?instrument=cows)": {
    ordered: true,
    run: (db) =>
      listClinicalRecords(db, { patientId: 'p-1', type: 'assessments', subtype: 'cows', order: 'desc', ...PAGE }),
  },
  // Both start from the clinician's care-team rows and sort their caseload (migration 0009, decision 0024).
  "a clinician's dashboard": {
    ordered: false,
    run: (db) => listDashboard(db, { clinicianUserId: 'clin-1', scope: CLINICIAN_SCOPE, ...PAGE }),
  },
  "a clinician's monitoring board": {
    ordered: false,
    run: (db) => listMonitoringBoard(db, { clinicianUserId: 'clin-1', scope: CLINICIAN_SCOPE, ...PAGE }),
  },
  "a patient's disclosures by time": {
    ordered: true,
    run: (db) => listDisclosuresForPatient(db, 'p-1', PAGE, { from: AT, to: DAY_END }),
  },
  "a patient's consents": { ordered: true, run: (db) => listConsentsForPatient(db, 'p-1', PAGE) },
  "a family member's consented patients": { ordered: false, run: (db) => listConsentedPatients(db, 'family-1', AT) },
  'the break-glass review queue': {
    ordered: true,
    run: (db) => listBreakGlassGrants(db, { facilityIds: FACILITIES, reviewed: false }, PAGE),
  },
  "a patient's care team": {
    ordered: true,
    run: (db) => listCareTeamMembers(db, { id: 'p-1', facilityId: 'fac-1' }, PAGE),
  },
  'users by email prefix': { ordered: false, run: (db) => listFacilityUsers(db, { ...USERS, q: 'ava.test@' }, PAGE) },
  "a facility's users": { ordered: false, run: (db) => listFacilityUsers(db, USERS, PAGE) },
};

/** The plan lines of one query, as text. */
async function plan(scratch: ScratchDatabase, query: CompiledQuery, ordered: boolean): Promise<string[]> {
  if (scratch.dialect === 'sqlite') {
    const result = await scratch.db.executeQuery<{ detail: string }>(
      CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
    );
    return result.rows.map((row) => row.detail);
  }
  return scratch.db.transaction().execute(async (trx) => {
    // Tables here are empty, so a sequential scan or a sort would win on price; priced out, they
    // are chosen only where no index can serve the query, which is what this test looks for.
    await sql`set local enable_seqscan = off`.execute(trx);
    if (ordered) {
      await sql`set local enable_sort = off`.execute(trx);
    }
    const result = await trx.executeQuery<{ 'QUERY PLAN': string }>(
      CompiledQuery.raw(`explain ${query.sql}`, [...query.parameters]),
    );
    return result.rows.map((row) => row['QUERY PLAN']);
  });
}

/**
 * The growing tables a plan reads in full: SQLite's `SCAN table` (with or without an index: in
 * index order is still every row); PostgreSQL's `Seq Scan`, or an index scan with no `Index Cond`.
 */
function fullScans(dialect: string, lines: readonly string[]): string[] {
  const found = lines.flatMap((line, index) => {
    if (dialect === 'sqlite') {
      return [/^SCAN (\w+)/.exec(line.trim())?.[1]];
    }
    const seq = /Seq Scan on "?(\w+)"?/.exec(line)?.[1];
    if (seq !== undefined) {
      return [seq];
    }
    const index_ = /Index (?:Only )?Scan (?:Backward )?using \S+ on "?(\w+)"?/.exec(line)?.[1];
    const depth = line.search(/\S/);
    const details = lines.slice(index + 1).findIndex((next) => next.includes('->') || next.search(/\S/) <= depth);
    const own = lines.slice(index + 1, details === -1 ? undefined : index + 1 + details);
    return index_ !== undefined && !own.some((next) => next.includes('Index Cond')) ? [index_] : [];
  });
  return found.filter((table): table is string => table !== undefined && GROWING.includes(table));
}

/** Whether a plan sorts rows itself instead of reading them in order from an index. */
function sorts(dialect: string, lines: readonly string[]): boolean {
  return lines.some((line) =>
    (dialect === 'sqlite' ? /TEMP B-TREE FOR (?:LAST TERM OF )?ORDER BY/ : /-> {2}Sort|^Sort/).test(line.trim()),
  );
}

describe.each(scratchTargets(process.env.DATABASE_URL))('list query plans on $kind', (target) => {
  let scratch: ScratchDatabase;

  beforeAll(async () => {
    scratch = await createScratchDatabase(target);
  });

  afterAll(async () => {
    await scratch.dispose();
  });

  it.each(Object.keys(LISTS))('%s reads an index, never a whole growing table', async (name) => {
    const list = LISTS[name];
    const capture = new CaptureSelects(scratch.db);
    await list?.run(scratch.db.withPlugin(capture));
    // The page query is the last one run (subqueries of a union are compiled on their own first).
    const query = capture.queries[capture.queries.length - 1];
    expect(query).toBeDefined();
    const lines = await plan(scratch, query as CompiledQuery, list?.ordered === true);
    const found = {
      scans: fullScans(scratch.dialect, lines).filter((table) => table !== list?.walks),
      sorts: list?.ordered === true && sorts(scratch.dialect, lines),
    };
    expect({ sql: query?.sql, plan: lines, ...found }).toEqual({
      sql: query?.sql,
      plan: lines,
      scans: [],
      sorts: false,
    });
  });

  it('sees a full scan when a filter has no index (the check itself works)', async () => {
    const capture = new CaptureSelects(scratch.db);
    await scratch.db
      .withPlugin(capture)
      .selectFrom('patient')
      .select('id')
      .where('birth_date', '=', '1980-01-01')
      .execute();
    const query = capture.queries[0];
    expect(query).toBeDefined();
    expect(fullScans(scratch.dialect, await plan(scratch, query as CompiledQuery, false))).toEqual(['patient']);
  });
});
