import { sql, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { DatabaseSchema } from '../database-schema.js';
import type { Executor } from '../executor.js';
import type { PatientScope } from './patient-scope.js';

/** A query of patient ids, whatever table it reads them from. */
type IdQuery = SelectQueryBuilder<DatabaseSchema, keyof DatabaseSchema, { id: string }>;

/**
 * The ids of every patient a scope could admit, read from the index each kind of access starts
 * from: the clinician's care-team rows, the user's break-glass grants or consents, the linked
 * account. A superset, never exact (a grant that expired, a consent revoked or without the
 * category, an `all-of` read from one part only): the list applies `patientVisibleTo` on top,
 * which stays the one exact reading of the scope. This only lets the database start from the
 * caller's own patients instead of walking every patient of the network (issue 8 §5: a
 * clinician's list costs the same with ten thousand patients or a million).
 *
 * @param executor - Database or transaction.
 * @param scope - What the caller may see.
 * @returns A query of ids, for `patient.id in (…)`; undefined when the scope admits whole
 *   facilities, which the patient table's own facility index already serves in list order.
 */
export function patientCandidates(executor: Executor, scope: PatientScope): IdQuery | undefined {
  switch (scope.kind) {
    case 'none':
      return executor
        .selectFrom('patient')
        .select('patient.id as id')
        .where(sql<SqlBool>`1 = 0`);
    case 'self':
      return executor.selectFrom('patient').select('patient.id as id').where('patient.user_id', '=', scope.userId);
    case 'care-team':
      return executor
        .selectFrom('care_team')
        .select('care_team.patient_id as id')
        .where('care_team.clinician_user_id', '=', scope.clinicianUserId);
    case 'facilities':
      return undefined;
    case 'consented':
      return executor
        .selectFrom('consent')
        .select('consent.patient_id as id')
        .where('consent.recipient_user_id', '=', scope.familyUserId)
        .where('consent.recipient_kind', '=', 'family-user');
    case 'break-glass':
      return executor
        .selectFrom('break_glass')
        .select('break_glass.patient_id as id')
        .where('break_glass.user_id', '=', scope.userId);
    case 'any-of': {
      const parts = scope.scopes.map((inner) => patientCandidates(executor, inner));
      const [first, ...rest] = parts;
      if (first === undefined || rest.some((part) => part === undefined)) {
        // No alternatives admits nobody; one that admits facilities leaves nothing to narrow.
        return parts.length === 0 ? patientCandidates(executor, { kind: 'none' }) : undefined;
      }
      return rest.reduce<IdQuery>((union, next) => union.union(next as IdQuery), first);
    }
    case 'all-of':
      // Every part must hold, so any one part's candidates already cover them all.
      return scope.scopes.map((inner) => patientCandidates(executor, inner)).find((part) => part !== undefined);
  }
}
