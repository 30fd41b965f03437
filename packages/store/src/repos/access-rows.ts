import type { Executor } from '../executor.js';
import { toConsentRecord, type ConsentRecord } from './consents.js';

/** A break-glass grant as the access policy reads it: who, which patient, when it runs. */
export interface BreakGlassWindow {
  readonly id: string;
  readonly patientId: string;
  readonly startedAt: string;
  readonly expiresAt: string;
}

/**
 * The rows the access policy reads about one user and some patients. They are raw on purpose:
 * the policy decides what is in force at the moment of the request (server/src/access), and the
 * list scope (patient-scope.ts) says the same thing in SQL; a property test proves they agree.
 */
export interface AccessRows {
  /** Patients whose care team lists the user. */
  readonly careTeamPatientIds: readonly string[];
  /** Every break-glass grant of the user for these patients, running or not. */
  readonly breakGlass: readonly BreakGlassWindow[];
  /** Every consent version naming the user as recipient for these patients, in force or not. */
  readonly consents: readonly ConsentRecord[];
}

/** Which kinds of row to read; the policy skips what the caller's roles can never use. */
export interface AccessRowsQuery {
  readonly userId: string;
  readonly patientIds: readonly string[];
  readonly careTeam: boolean;
  readonly breakGlass: boolean;
  readonly consents: boolean;
}

const NO_ROWS: AccessRows = { careTeamPatientIds: [], breakGlass: [], consents: [] };

/**
 * Reads the care-team entries, break-glass grants and consents that concern one user and some
 * patients: one query per kind asked for, whatever the number of patients.
 *
 * @param executor - Database or transaction (the request's, so a revocation is seen at once).
 * @param query - The user, the patients and which kinds of row to read.
 * @returns The rows, consents newest first.
 */
export async function loadAccessRows(executor: Executor, query: AccessRowsQuery): Promise<AccessRows> {
  if (query.patientIds.length === 0) {
    return NO_ROWS;
  }
  const patientIds = [...query.patientIds];
  const [careTeam, breakGlass, consents] = await Promise.all([
    query.careTeam
      ? executor
          .selectFrom('care_team')
          .select('patient_id')
          .where('clinician_user_id', '=', query.userId)
          .where('patient_id', 'in', patientIds)
          .execute()
      : [],
    query.breakGlass
      ? executor
          .selectFrom('break_glass')
          .select(['id', 'patient_id', 'started_at', 'expires_at'])
          .where('user_id', '=', query.userId)
          .where('patient_id', 'in', patientIds)
          .execute()
      : [],
    query.consents
      ? executor
          .selectFrom('consent')
          .selectAll()
          .where('recipient_user_id', '=', query.userId)
          .where('patient_id', 'in', patientIds)
          .orderBy('created_at', 'desc')
          .orderBy('id')
          .execute()
      : [],
  ]);
  return {
    careTeamPatientIds: careTeam.map((row) => row.patient_id),
    breakGlass: breakGlass.map((row) => ({
      id: row.id,
      patientId: row.patient_id,
      startedAt: row.started_at,
      expiresAt: row.expires_at,
    })),
    consents: consents.map(toConsentRecord),
  };
}
