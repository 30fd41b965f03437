import { randomUUID } from 'node:crypto';
import {
  LEVELS_OF_CARE,
  MEDICATIONS_OFFERED,
  PAYERS,
  POPULATIONS,
  SERVICES,
  type LevelOfCare,
  type NetworkProgrammeDraft,
} from '@kratom-care/domain';
import type { Selectable } from 'kysely';
import { nowIso, type Executor } from '../executor.js';
import type { ProgrammeTable } from '../schema/app-tables.js';
import { listFromJson, listToJson } from './network-json.js';

/**
 * What a programme says about itself: level of care, medications, who it serves, payers, capacity. The
 * domain's draft is the one declaration; the store writes and reads exactly that.
 */
export type ProgrammeFields = NetworkProgrammeDraft;

/** A stored programme. */
export interface ProgrammeRecord extends ProgrammeFields {
  readonly id: string;
  readonly facilityId: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

/**
 * @param row - A programme row.
 * @returns The record, each JSON list parsed once and kept to its vocabulary.
 */
export function programmeFromRow(row: Selectable<ProgrammeTable>): ProgrammeRecord {
  return {
    id: row.id,
    facilityId: row.facility_id,
    name: row.name,
    // The column only ever receives a level of care; a retired one reads as outpatient, never a crash.
    levelOfCare: (LEVELS_OF_CARE as readonly string[]).includes(row.level_of_care)
      ? (row.level_of_care as LevelOfCare)
      : 'outpatient',
    medications: listFromJson(row.medications, MEDICATIONS_OFFERED),
    otp: row.otp === 1,
    kratomExperience: row.kratom_experience === 1,
    kratomTesting: row.kratom_testing === 1,
    populations: listFromJson(row.populations, POPULATIONS),
    services: listFromJson(row.services, SERVICES),
    payers: listFromJson(row.payers, PAYERS),
    commercialInsurers: listFromJson(row.commercial_insurers),
    unmappedCodes: listFromJson(row.unmapped_codes),
    capacityAvailable: row.capacity_available,
    nextIntakeDate: row.next_intake_date,
    lastVerifiedAt: row.last_verified_at,
    lastVerifiedBy: row.last_verified_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

/** The columns of some programme fields, named one by one; undefined leaves a column as it is. */
function programmeColumns(fields: Partial<ProgrammeFields>) {
  const json = (values: readonly string[] | undefined) => (values === undefined ? undefined : listToJson(values));
  const flag = (value: boolean | undefined) => {
    if (value === undefined) {
      return undefined;
    }
    return value ? 1 : 0;
  };
  return {
    name: fields.name,
    level_of_care: fields.levelOfCare,
    medications: json(fields.medications),
    otp: flag(fields.otp),
    kratom_experience: flag(fields.kratomExperience),
    kratom_testing: flag(fields.kratomTesting),
    populations: json(fields.populations),
    services: json(fields.services),
    payers: json(fields.payers),
    commercial_insurers: json(fields.commercialInsurers),
    unmapped_codes: json(fields.unmappedCodes),
    capacity_available: fields.capacityAvailable,
    next_intake_date: fields.nextIntakeDate,
    last_verified_at: fields.lastVerifiedAt,
    last_verified_by: fields.lastVerifiedBy,
  };
}

/**
 * Adds a programme to a facility, at version 1.
 *
 * @param executor - Database or transaction.
 * @param facilityId - The facility (must exist).
 * @param fields - The programme.
 * @param options - `id` and `at` default to a new UUID and now.
 * @returns The stored programme.
 */
export async function createProgramme(
  executor: Executor,
  facilityId: string,
  fields: ProgrammeFields,
  options: { id?: string; at?: string } = {},
): Promise<ProgrammeRecord> {
  const at = options.at ?? nowIso();
  const record: ProgrammeRecord = {
    ...fields,
    id: options.id ?? randomUUID(),
    facilityId,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  await executor
    .insertInto('programme')
    .values({
      id: record.id,
      facility_id: facilityId,
      name: record.name,
      level_of_care: record.levelOfCare,
      medications: listToJson(record.medications),
      otp: record.otp ? 1 : 0,
      kratom_experience: record.kratomExperience ? 1 : 0,
      kratom_testing: record.kratomTesting ? 1 : 0,
      populations: listToJson(record.populations),
      services: listToJson(record.services),
      payers: listToJson(record.payers),
      commercial_insurers: listToJson(record.commercialInsurers),
      unmapped_codes: listToJson(record.unmappedCodes),
      capacity_available: record.capacityAvailable,
      next_intake_date: record.nextIntakeDate,
      last_verified_at: record.lastVerifiedAt,
      last_verified_by: record.lastVerifiedBy,
      created_at: at,
      updated_at: at,
      version: 1,
    })
    .execute();
  return record;
}

/**
 * @param executor - Database or transaction.
 * @param facilityId - The facility the programme must belong to.
 * @param id - The programme.
 * @returns The programme, or undefined when the facility has none with that id.
 */
export async function getProgramme(
  executor: Executor,
  facilityId: string,
  id: string,
): Promise<ProgrammeRecord | undefined> {
  const row = await executor
    .selectFrom('programme')
    .selectAll()
    .where('id', '=', id)
    .where('facility_id', '=', facilityId)
    .executeTakeFirst();
  return row === undefined ? undefined : programmeFromRow(row);
}

/**
 * Changes a programme if it is still at the version the caller read (optimistic concurrency).
 *
 * @param executor - Database or transaction.
 * @param facilityId - The facility the programme must belong to.
 * @param id - The programme.
 * @param expectedVersion - The version the caller's `If-Match` named.
 * @param changes - The fields to change.
 * @param at - Update time; defaults to now.
 * @returns The updated programme (version + 1), `'stale'`, or `'not-found'`.
 */
export async function updateProgramme(
  executor: Executor,
  facilityId: string,
  id: string,
  expectedVersion: number,
  changes: Partial<ProgrammeFields>,
  at: string = nowIso(),
): Promise<ProgrammeRecord | 'stale' | 'not-found'> {
  const row = await executor
    .updateTable('programme')
    .set((eb) => ({ ...programmeColumns(changes), updated_at: at, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('facility_id', '=', facilityId)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
  if (row !== undefined) {
    return programmeFromRow(row);
  }
  return (await getProgramme(executor, facilityId, id)) === undefined ? 'not-found' : 'stale';
}

/**
 * @param executor - Database or transaction.
 * @param facilityId - The facility the programme must belong to.
 * @param id - The programme.
 * @returns Whether a programme was deleted.
 */
export async function deleteProgramme(executor: Executor, facilityId: string, id: string): Promise<boolean> {
  const result = await executor
    .deleteFrom('programme')
    .where('id', '=', id)
    .where('facility_id', '=', facilityId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/**
 * Every programme of some facilities, in one query (never one per facility).
 *
 * @param executor - Database or transaction.
 * @param facilityIds - The facilities (at most a few hundred: the finder's batch).
 * @returns Each facility's programmes by name; facilities without any are absent.
 */
export async function listProgrammesOf(
  executor: Executor,
  facilityIds: readonly string[],
): Promise<Map<string, ProgrammeRecord[]>> {
  const byFacility = new Map<string, ProgrammeRecord[]>();
  if (facilityIds.length === 0) {
    return byFacility;
  }
  const rows = await executor
    .selectFrom('programme')
    .selectAll()
    .where('facility_id', 'in', facilityIds)
    .orderBy('facility_id')
    .orderBy('name')
    .orderBy('id')
    .execute();
  for (const row of rows) {
    const programme = programmeFromRow(row);
    const list = byFacility.get(programme.facilityId);
    if (list === undefined) {
      byFacility.set(programme.facilityId, [programme]);
    } else {
      list.push(programme);
    }
  }
  return byFacility;
}
