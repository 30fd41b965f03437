import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { nowIso, type Executor } from '../executor.js';
import { fetchKeysetPage, type KeysetPage, type KeysetRequest } from '../keyset.js';
import type { FacilityTable } from '../schema/app-tables.js';
import { listFromJson, listToJson } from './network-json.js';

/** A facility's care-network profile (migration 0010): address, coordinates, phones, hours, languages. */
export interface FacilityProfile {
  readonly street1: string | null;
  readonly street2: string | null;
  readonly city: string | null;
  /** USPS two-letter code. */
  readonly state: string | null;
  readonly zip: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly phone: string | null;
  /** The 24/7 admissions line. */
  readonly admissionsLine: string | null;
  readonly hours: string | null;
  /** ISO 639 codes. */
  readonly languages: readonly string[];
  readonly website: string | null;
}

/** Where a listing came from and when it was last checked. */
export interface FacilityListing {
  readonly demo: boolean;
  /** 'manual' | 'import' | 'locator' | 'demo' (domain FACILITY_SOURCES). */
  readonly source: string;
  readonly externalKey: string | null;
  readonly lastVerifiedAt: string | null;
  readonly lastVerifiedBy: string | null;
}

/** A facility of the network. */
export interface FacilityRecord extends FacilityProfile, FacilityListing {
  readonly id: string;
  readonly name: string;
  readonly region: string;
  readonly address: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

/** The fields a facility update may change (undefined leaves a field as it is). */
export type FacilityChanges = Partial<
  Pick<FacilityRecord, 'name' | 'region' | 'address' | 'lastVerifiedAt' | 'lastVerifiedBy'> & FacilityProfile
>;

/** A profile with nothing filled in. */
export const EMPTY_FACILITY_PROFILE: FacilityProfile = {
  street1: null,
  street2: null,
  city: null,
  state: null,
  zip: null,
  latitude: null,
  longitude: null,
  phone: null,
  admissionsLine: null,
  hours: null,
  languages: [],
  website: null,
};

/**
 * @param row - A facility row.
 * @returns The record (the languages' JSON parsed once).
 */
export function facilityFromRow(row: Selectable<FacilityTable>): FacilityRecord {
  return {
    id: row.id,
    name: row.name,
    region: row.region,
    address: row.address,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    street1: row.street1,
    street2: row.street2,
    city: row.city,
    state: row.state,
    zip: row.zip,
    latitude: row.latitude,
    longitude: row.longitude,
    phone: row.phone,
    admissionsLine: row.admissions_line,
    hours: row.hours,
    languages: listFromJson(row.languages),
    website: row.website,
    demo: row.demo === 1,
    source: row.source,
    externalKey: row.external_key,
    lastVerifiedAt: row.last_verified_at,
    lastVerifiedBy: row.last_verified_by,
  };
}

const toRecord = facilityFromRow;

/**
 * The profile columns of a change, named one by one so stray keys never reach other columns; undefined
 * leaves a column as it is.
 */
export function profileColumns(changes: Partial<FacilityProfile>) {
  return {
    street1: changes.street1,
    street2: changes.street2,
    city: changes.city,
    state: changes.state,
    zip: changes.zip,
    latitude: changes.latitude,
    longitude: changes.longitude,
    phone: changes.phone,
    admissions_line: changes.admissionsLine,
    hours: changes.hours,
    languages: changes.languages === undefined ? undefined : listToJson(changes.languages),
    website: changes.website,
  };
}

/**
 * Adds a facility at version 1.
 *
 * @param executor - Database or transaction.
 * @param input - Name, region and address, and optionally the care-network profile and listing; `id` and
 *   `at` default to a new UUID and now.
 * @returns The stored facility.
 */
export async function createFacility(
  executor: Executor,
  input: {
    id?: string;
    name: string;
    region: string;
    address: string;
    at?: string;
    profile?: Partial<FacilityProfile>;
    listing?: Partial<FacilityListing>;
  },
): Promise<FacilityRecord> {
  const at = input.at ?? nowIso();
  const record: FacilityRecord = {
    id: input.id ?? randomUUID(),
    name: input.name,
    region: input.region,
    address: input.address,
    createdAt: at,
    updatedAt: at,
    version: 1,
    ...EMPTY_FACILITY_PROFILE,
    ...input.profile,
    demo: false,
    source: 'manual',
    externalKey: null,
    lastVerifiedAt: null,
    lastVerifiedBy: null,
    ...input.listing,
  };
  await executor
    .insertInto('facility')
    .values({
      id: record.id,
      name: record.name,
      region: record.region,
      address: record.address,
      created_at: at,
      updated_at: at,
      version: 1,
      ...profileColumns(record),
      demo: record.demo ? 1 : 0,
      source: record.source,
      external_key: record.externalKey,
      last_verified_at: record.lastVerifiedAt,
      last_verified_by: record.lastVerifiedBy,
    })
    .execute();
  return record;
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
      ...profileColumns(changes),
      last_verified_at: changes.lastVerifiedAt,
      last_verified_by: changes.lastVerifiedBy,
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
