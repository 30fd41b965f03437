import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { nowIso, type Executor } from '../executor.js';
import { fetchKeysetPage, type KeysetPage, type KeysetRequest } from '../keyset.js';
import type { FacilityTable } from '../schema/app-tables.js';

/** A facility of the network. */
export interface FacilityRecord {
  readonly id: string;
  readonly name: string;
  readonly region: string;
  readonly address: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

/** The fields a facility update may change. */
export type FacilityChanges = Partial<Pick<FacilityRecord, 'name' | 'region' | 'address'>>;

function toRecord(row: Selectable<FacilityTable>): FacilityRecord {
  return {
    id: row.id,
    name: row.name,
    region: row.region,
    address: row.address,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

/**
 * Adds a facility at version 1.
 *
 * @param executor - Database or transaction.
 * @param input - Name, region and address; `id` and `at` default to a new UUID and now.
 * @returns The stored facility.
 */
export async function createFacility(
  executor: Executor,
  input: { id?: string; name: string; region: string; address: string; at?: string },
): Promise<FacilityRecord> {
  const at = input.at ?? nowIso();
  const row = {
    id: input.id ?? randomUUID(),
    name: input.name,
    region: input.region,
    address: input.address,
    created_at: at,
    updated_at: at,
    version: 1,
  };
  await executor.insertInto('facility').values(row).execute();
  return toRecord(row);
}

/**
 * @param executor - Database or transaction.
 * @param id - Facility id.
 * @returns The facility, or undefined when there is none with that id.
 */
export async function getFacility(executor: Executor, id: string): Promise<FacilityRecord | undefined> {
  const row = await executor.selectFrom('facility').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : toRecord(row);
}

/**
 * One page of some facilities (the caller's), by name: one query.
 *
 * @param executor - Database or transaction.
 * @param ids - The facilities to list; empty lists nothing.
 * @param page - Limit and cursor.
 * @returns The page.
 * @throws InvalidCursorError for a cursor this list did not make.
 */
export async function listFacilities(
  executor: Executor,
  ids: readonly string[],
  page: KeysetRequest,
): Promise<KeysetPage<FacilityRecord>> {
  if (ids.length === 0) {
    return { rows: [], nextCursor: null };
  }
  const query = executor.selectFrom('facility').selectAll().where('facility.id', 'in', ids);
  const fetched = await fetchKeysetPage(
    query,
    [
      { column: 'facility.name', direction: 'asc' },
      { column: 'facility.id', direction: 'asc' },
    ],
    page,
    (row) => [row.name, row.id],
  );
  return { rows: fetched.rows.map(toRecord), nextCursor: fetched.nextCursor };
}

/**
 * Changes a facility if it is still at the version the caller read (optimistic concurrency).
 *
 * @param executor - Database or transaction.
 * @param id - Facility id.
 * @param expectedVersion - The version the caller's `If-Match` named.
 * @param changes - The fields to change.
 * @param at - Update time; defaults to now.
 * @returns The updated facility (version + 1), `'stale'` when another write came first, or
 *   `'not-found'`.
 */
export async function updateFacility(
  executor: Executor,
  id: string,
  expectedVersion: number,
  changes: FacilityChanges,
  at: string = nowIso(),
): Promise<FacilityRecord | 'stale' | 'not-found'> {
  const row = await executor
    .updateTable('facility')
    .set((eb) => ({
      // Named one by one so stray keys on `changes` can never reach other columns.
      name: changes.name,
      region: changes.region,
      address: changes.address,
      updated_at: at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
  if (row !== undefined) {
    return toRecord(row);
  }
  return (await getFacility(executor, id)) === undefined ? 'not-found' : 'stale';
}

/**
 * Removes a facility nothing refers to yet (first-start setup undoing a half-made admin).
 *
 * @param executor - Database or transaction.
 * @param id - Facility id.
 */
export async function deleteFacility(executor: Executor, id: string): Promise<void> {
  await executor.deleteFrom('facility').where('id', '=', id).execute();
}
