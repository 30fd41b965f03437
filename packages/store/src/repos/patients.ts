import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { nowIso, type Executor } from '../executor.js';
import type { PatientTable } from '../schema/app-tables.js';

/** A patient's demographic record. `facilityId` is null for a self-registered companion user. */
export interface PatientRecord {
  readonly id: string;
  readonly facilityId: string | null;
  readonly userId: string | null;
  readonly givenName: string;
  readonly familyName: string;
  readonly birthDate: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

/** The demographic fields a patient update may change. */
export type PatientChanges = Partial<
  Pick<PatientRecord, 'facilityId' | 'givenName' | 'familyName' | 'birthDate' | 'email' | 'phone'>
>;

/** @internal Maps a `patient` row; shared with the visible-patients queries. */
export function toPatientRecord(row: Selectable<PatientTable>): PatientRecord {
  return {
    id: row.id,
    facilityId: row.facility_id,
    userId: row.user_id,
    givenName: row.given_name,
    familyName: row.family_name,
    birthDate: row.birth_date,
    email: row.email,
    phone: row.phone,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

/**
 * Adds a patient at version 1.
 *
 * @param executor - Database or transaction.
 * @param input - Demographics and who created the record; `id` and `at` default to a new UUID and now.
 * @returns The stored patient.
 */
export async function createPatient(
  executor: Executor,
  input: {
    id?: string;
    facilityId: string | null;
    userId?: string | null;
    givenName: string;
    familyName: string;
    birthDate?: string | null;
    email?: string | null;
    phone?: string | null;
    createdBy: string;
    at?: string;
  },
): Promise<PatientRecord> {
  const at = input.at ?? nowIso();
  const row: Selectable<PatientTable> = {
    id: input.id ?? randomUUID(),
    facility_id: input.facilityId,
    user_id: input.userId ?? null,
    given_name: input.givenName,
    family_name: input.familyName,
    birth_date: input.birthDate ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
    created_by: input.createdBy,
    created_at: at,
    updated_at: at,
    version: 1,
  };
  await executor.insertInto('patient').values(row).execute();
  return toPatientRecord(row);
}

/**
 * Reads a patient with no access check: for the policy and for writes that already passed it.
 *
 * @param executor - Database or transaction.
 * @param id - Patient id.
 * @returns The patient, or undefined.
 */
export async function getPatient(executor: Executor, id: string): Promise<PatientRecord | undefined> {
  const row = await executor.selectFrom('patient').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : toPatientRecord(row);
}

/**
 * @param executor - Database or transaction.
 * @param userId - A user account.
 * @returns The patient record linked to that account, or undefined.
 */
export async function getPatientByUserId(executor: Executor, userId: string): Promise<PatientRecord | undefined> {
  const row = await executor.selectFrom('patient').selectAll().where('user_id', '=', userId).executeTakeFirst();
  return row === undefined ? undefined : toPatientRecord(row);
}

/**
 * Changes a patient if it is still at the version the caller read (`If-Match`).
 *
 * @param executor - Database or transaction.
 * @param id - Patient id.
 * @param expectedVersion - The version the caller read.
 * @param changes - The fields to change.
 * @param at - Update time; defaults to now.
 * @returns The updated patient (version + 1), `'stale'` when another write came first, or `'not-found'`.
 */
export async function updatePatient(
  executor: Executor,
  id: string,
  expectedVersion: number,
  changes: PatientChanges,
  at: string = nowIso(),
): Promise<PatientRecord | 'stale' | 'not-found'> {
  const row = await executor
    .updateTable('patient')
    .set((eb) => ({
      // Named one by one so stray keys on `changes` never reach other columns.
      facility_id: changes.facilityId,
      given_name: changes.givenName,
      family_name: changes.familyName,
      birth_date: changes.birthDate,
      email: changes.email,
      phone: changes.phone,
      updated_at: at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
  if (row !== undefined) {
    return toPatientRecord(row);
  }
  return (await getPatient(executor, id)) === undefined ? 'not-found' : 'stale';
}

/**
 * Links a patient record to the user account that accepted the invitation (version + 1).
 *
 * @param executor - Database or transaction.
 * @param patientId - The patient.
 * @param userId - The account to link.
 * @param at - Update time; defaults to now.
 * @returns The updated patient, `'not-found'`, or `'user-already-linked'` when the account already
 *   belongs to another patient record.
 */
export async function linkPatientUser(
  executor: Executor,
  patientId: string,
  userId: string,
  at: string = nowIso(),
): Promise<PatientRecord | 'not-found' | 'user-already-linked'> {
  const owner = await getPatientByUserId(executor, userId);
  if (owner !== undefined && owner.id !== patientId) {
    return 'user-already-linked';
  }
  const row = await executor
    .updateTable('patient')
    .set((eb) => ({ user_id: userId, updated_at: at, version: eb('version', '+', 1) }))
    .where('id', '=', patientId)
    .returningAll()
    .executeTakeFirst();
  return row === undefined ? 'not-found' : toPatientRecord(row);
}
