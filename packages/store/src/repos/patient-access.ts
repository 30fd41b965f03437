import { sql, type Compilable, type Selectable } from 'kysely';
import type { Executor } from '../executor.js';
import { QueryTemplate } from '../query-template.js';
import type { ConsentTable, PatientTable } from '../schema/app-tables.js';
import type { AccessRows, AccessRowsQuery } from './access-rows.js';
import { toConsentRecord } from './consents.js';
import { jsonArrayFrom, readJsonArray } from './json-aggregate.js';
import { toPatientRecord, type PatientRecord } from './patients.js';

/** A patient (or nothing) and the caller's access rows about them, read in one statement. */
export interface PatientWithAccessRows {
  readonly patient: PatientRecord | undefined;
  readonly rows: AccessRows;
}

/** The columns of a consent, listed because SQLite's JSON aggregation cannot take `select *`. */
const CONSENT_COLUMNS = [
  'id',
  'consent_group_id',
  'version',
  'patient_id',
  'recipient_kind',
  'recipient_user_id',
  'recipient_name',
  'categories',
  'purpose',
  'expires_at',
  'expiry_event',
  'attestation',
  'created_by',
  'created_at',
  'revoked_at',
  'revoked_by',
  'superseded_by',
] as const satisfies readonly (keyof ConsentTable)[];

interface BreakGlassJson {
  readonly id: string;
  readonly patient_id: string;
  readonly started_at: string;
  readonly expires_at: string;
}

type RowKinds = Pick<AccessRowsQuery, 'careTeam' | 'breakGlass' | 'consents'>;

/** The statement for one combination of row kinds; the ids are its only parameters. */
function patientWithRows(executor: Executor, kinds: RowKinds, patientId: string, userId: string) {
  return executor
    .selectFrom(executor.selectNoFrom(sql<string>`cast(${patientId} as text)`.as('requested_id')).as('requested'))
    .leftJoin('patient', 'patient.id', 'requested.requested_id')
    .selectAll('patient')
    .$if(kinds.careTeam, (select) =>
      select.select((eb) =>
        eb
          .exists(
            eb
              .selectFrom('care_team')
              .select('care_team.patient_id')
              .where('care_team.clinician_user_id', '=', userId)
              .whereRef('care_team.patient_id', '=', 'requested.requested_id'),
          )
          .as('on_care_team'),
      ),
    )
    .$if(kinds.breakGlass, (select) =>
      select.select((eb) =>
        jsonArrayFrom(
          executor,
          eb
            .selectFrom('break_glass')
            .select(['id', 'patient_id', 'started_at', 'expires_at'])
            .where('break_glass.user_id', '=', userId)
            .whereRef('break_glass.patient_id', '=', 'requested.requested_id'),
        ).as('break_glass'),
      ),
    )
    .$if(kinds.consents, (select) =>
      select.select((eb) =>
        jsonArrayFrom(
          executor,
          eb
            .selectFrom('consent')
            .select(CONSENT_COLUMNS)
            .where('consent.recipient_user_id', '=', userId)
            .whereRef('consent.patient_id', '=', 'requested.requested_id'),
        ).as('consents'),
      ),
    );
}

/** Every audited patient request runs this query: compiled once per combination of row kinds. */
const TEMPLATES = new Map<
  string,
  QueryTemplate<ReturnType<typeof patientWithRows> extends Compilable<infer O> ? O : never>
>();

function templateFor(kinds: RowKinds) {
  const shape = `${Number(kinds.careTeam)}${Number(kinds.breakGlass)}${Number(kinds.consents)}`;
  let template = TEMPLATES.get(shape);
  if (template === undefined) {
    template = new QueryTemplate((executor, [patientId = '', userId = '']) =>
      patientWithRows(executor, kinds, patientId, userId),
    );
    TEMPLATES.set(shape, template);
  }
  return { shape, template };
}

function newestFirst(a: Selectable<ConsentTable>, b: Selectable<ConsentTable>): number {
  if (a.created_at !== b.created_at) {
    return a.created_at < b.created_at ? 1 : -1;
  }
  return a.id < b.id ? -1 : 1;
}

/**
 * Reads one patient and the caller's care-team entry, break-glass grants and consents for them in
 * ONE statement. Every part is keyed by the REQUESTED id (a one-row relation left-joined to
 * `patient`), so a missing id and a hidden patient run the same statement with the same index
 * probes before the same 404 (issue 8 §4: no timing difference to learn from). Which kinds of row
 * are read depends on the caller's roles only, never on the patient.
 *
 * @param executor - Database or transaction.
 * @param query - The caller, the requested patient id and which kinds of row to read.
 * @returns The patient (undefined when there is none) and the rows.
 */
export async function loadPatientWithAccessRows(
  executor: Executor,
  query: Omit<AccessRowsQuery, 'patientIds'> & { readonly patientId: string },
): Promise<PatientWithAccessRows> {
  const { shape, template } = templateFor(query);
  const [row] = await template.execute(executor, shape, [query.patientId, query.userId]);
  if (row === undefined) {
    throw new Error('the requested-id relation always yields one row');
  }
  const { on_care_team: onCareTeam, break_glass: breakGlass, consents, ...patient } = row;
  const grants = readJsonArray((breakGlass ?? []) as BreakGlassJson[] | string);
  const consentRows = readJsonArray((consents ?? []) as Selectable<ConsentTable>[] | string);
  // Newest first, as loadAccessRows orders them: the policy names the newest grant.
  consentRows.sort(newestFirst);
  return {
    patient: patient.id === null ? undefined : toPatientRecord(patient as Selectable<PatientTable>),
    rows: {
      careTeamPatientIds: onCareTeam === true || onCareTeam === 1 ? [query.patientId] : [],
      breakGlass: grants.map((grant) => ({
        id: grant.id,
        patientId: grant.patient_id,
        startedAt: grant.started_at,
        expiresAt: grant.expires_at,
      })),
      consents: consentRows.map(toConsentRecord),
    },
  };
}
