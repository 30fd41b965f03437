import type { BoundingBox } from '@kratom-care/domain';
import { sql } from 'kysely';
import { nowIso, withTransaction, type Executor } from '../executor.js';
import { listFromJson } from './network-json.js';
import {
  createFacility,
  EMPTY_FACILITY_PROFILE,
  facilityFromRow,
  profileColumns,
  type FacilityProfile,
  type FacilityRecord,
} from './facilities.js';
import {
  createProgramme,
  listProgrammesOf,
  programmeFromRow,
  updateProgramme,
  type ProgrammeFields,
  type ProgrammeRecord,
} from './programmes.js';

/** What the finder's distance search reads of each facility in the box, before it knows which it needs. */
export interface FacilityPoint {
  readonly id: string;
  readonly name: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly state: string | null;
  /** Present only when asked for (a language filter): reading it leaves the index for the table. */
  readonly languages?: readonly string[];
}

/**
 * The facilities whose coordinates lie in a bounding box: one range on `facility_location_idx` (latitude),
 * longitude checked inside the same index entries, and, unless languages are asked for, nothing read but
 * the index (it carries name, id and state). The caller measures the exact distance and loads the full
 * rows of the few it keeps ({@link listFacilitiesByIds}).
 *
 * @param executor - Database or transaction.
 * @param box - From the domain's `boundingBox`; one or two longitude ranges.
 * @param options - `withLanguages` to read each facility's languages too (for a language filter).
 * @returns The facilities in the box, in no particular order.
 */
export async function listFacilityPointsInBox(
  executor: Executor,
  box: BoundingBox,
  options: { withLanguages?: boolean } = {},
): Promise<FacilityPoint[]> {
  const rows = await executor
    .selectFrom('facility')
    .select(['id', 'name', 'latitude', 'longitude', 'state'])
    .$if(options.withLanguages === true, (query) => query.select('languages'))
    .where('latitude', '>=', box.minLatitude)
    .where('latitude', '<=', box.maxLatitude)
    .where((eb) =>
      eb.or(
        box.longitudes.map((range) => eb.and([eb('longitude', '>=', range.min), eb('longitude', '<=', range.max)])),
      ),
    )
    .execute();
  const points: FacilityPoint[] = [];
  for (const row of rows) {
    if (row.latitude === null || row.longitude === null) {
      continue;
    }
    const point = { id: row.id, name: row.name, latitude: row.latitude, longitude: row.longitude, state: row.state };
    points.push(row.languages === undefined ? point : { ...point, languages: listFromJson(row.languages) });
  }
  return points;
}

/**
 * Some facilities by id, in one query.
 *
 * @param executor - Database or transaction.
 * @param ids - Facility ids (a finder batch: at most a few hundred).
 * @returns The facilities found, keyed by id.
 */
export async function listFacilitiesByIds(
  executor: Executor,
  ids: readonly string[],
): Promise<Map<string, FacilityRecord>> {
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await executor.selectFrom('facility').selectAll().where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, facilityFromRow(row)]));
}

/**
 * One batch of the facilities of some states, by name then id: a keyset walk over `facility_state_idx`.
 *
 * @param executor - Database or transaction.
 * @param states - USPS codes (a region is its states).
 * @param after - The last facility of the previous batch, or null for the first.
 * @param limit - Batch size.
 * @returns Up to `limit` facilities.
 */
export async function listFacilitiesInStates(
  executor: Executor,
  states: readonly string[],
  after: { name: string; id: string } | null,
  limit: number,
): Promise<FacilityRecord[]> {
  if (states.length === 0) {
    return [];
  }
  let query = executor.selectFrom('facility').selectAll().where('state', 'in', states);
  if (after !== null) {
    query = query.where((eb) =>
      eb.or([eb('name', '>', after.name), eb.and([eb('name', '=', after.name), eb('id', '>', after.id)])]),
    );
  }
  const rows = await query.orderBy('name').orderBy('id').limit(limit).execute();
  return rows.map(facilityFromRow);
}

/** A facility with its programmes. */
export interface FacilityWithProgrammes {
  readonly facility: FacilityRecord;
  readonly programmes: readonly ProgrammeRecord[];
}

/**
 * A facility and its programmes (two queries).
 *
 * @param executor - Database or transaction.
 * @param id - Facility id.
 * @returns The facility with its programmes by name, or undefined.
 */
export async function getFacilityWithProgrammes(
  executor: Executor,
  id: string,
): Promise<FacilityWithProgrammes | undefined> {
  const row = await executor.selectFrom('facility').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) {
    return undefined;
  }
  const programmes = await executor
    .selectFrom('programme')
    .selectAll()
    .where('facility_id', '=', id)
    .orderBy('name')
    .orderBy('id')
    .execute();
  return { facility: facilityFromRow(row), programmes: programmes.map(programmeFromRow) };
}

/**
 * @param executor - Database or transaction.
 * @returns How many facilities there are (the demo seeding asks whether the network is empty).
 */
export async function countFacilities(executor: Executor): Promise<number> {
  const row = await executor
    .selectFrom('facility')
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** A programme as an import gives it: fields left undefined keep what staff entered on a re-import. */
export type NetworkProgrammeInput = Pick<ProgrammeFields, 'name' | 'levelOfCare'> &
  Partial<Omit<ProgrammeFields, 'name' | 'levelOfCare'>>;

/** A facility as an import gives it, keyed by its source and its key there. */
export interface NetworkFacilityInput {
  readonly source: 'import' | 'locator' | 'demo';
  readonly externalKey: string;
  readonly name: string;
  /** The staff-facing region label (e.g. the finder region's English name). */
  readonly region: string;
  readonly address: string;
  readonly profile: Partial<FacilityProfile>;
  readonly demo?: boolean;
  readonly lastVerifiedAt?: string | null;
  readonly lastVerifiedBy?: string | null;
  readonly programmes: readonly NetworkProgrammeInput[];
}

const PROGRAMME_DEFAULTS: Omit<ProgrammeFields, 'name' | 'levelOfCare'> = {
  medications: [],
  otp: false,
  kratomExperience: false,
  kratomTesting: false,
  populations: [],
  services: [],
  payers: [],
  commercialInsurers: [],
  unmappedCodes: [],
  capacityAvailable: null,
  nextIntakeDate: null,
  lastVerifiedAt: null,
  lastVerifiedBy: null,
};

const programmeKey = (programme: { name: string; levelOfCare: string }) =>
  `${programme.levelOfCare}\u0000${programme.name}`;

function sameFields(stored: object, wanted: object): boolean {
  const storedMap = stored as Record<string, unknown>;
  return Object.entries(wanted).every(
    ([key, value]) => value === undefined || JSON.stringify(storedMap[key]) === JSON.stringify(value),
  );
}

/**
 * Creates or updates one imported facility, keyed by (source, externalKey), and replaces its programmes
 * with the given ones: a programme with the same level and name is updated in place (its id and the
 * fields the input leaves undefined, such as capacity or kratom experience added by staff, are kept);
 * the others are deleted or added. Nothing is written when nothing changed.
 *
 * @param trx - A transaction (the whole import is all or nothing).
 * @param input - The facility with its programmes.
 * @param at - Write time; defaults to now.
 * @returns What happened, and the facility's id.
 */
export async function upsertNetworkFacility(
  trx: Executor,
  input: NetworkFacilityInput,
  at: string = nowIso(),
): Promise<{ outcome: 'created' | 'updated' | 'unchanged'; facilityId: string }> {
  const existing = await trx
    .selectFrom('facility')
    .selectAll()
    .where('source', '=', input.source)
    .where('external_key', '=', input.externalKey)
    .executeTakeFirst();
  const listing = {
    demo: input.demo ?? input.source === 'demo',
    source: input.source,
    externalKey: input.externalKey,
    ...(input.lastVerifiedAt === undefined ? {} : { lastVerifiedAt: input.lastVerifiedAt }),
    ...(input.lastVerifiedBy === undefined ? {} : { lastVerifiedBy: input.lastVerifiedBy }),
  };
  if (existing === undefined) {
    const facility = await createFacility(trx, {
      name: input.name,
      region: input.region,
      address: input.address,
      at,
      profile: { ...EMPTY_FACILITY_PROFILE, ...input.profile },
      listing,
    });
    for (const programme of input.programmes) {
      await createProgramme(trx, facility.id, { ...PROGRAMME_DEFAULTS, ...programme }, { at });
    }
    return { outcome: 'created', facilityId: facility.id };
  }

  const facility = facilityFromRow(existing);
  const stored = (await listProgrammesOf(trx, [facility.id])).get(facility.id) ?? [];
  const storedByKey = new Map(stored.map((programme) => [programmeKey(programme), programme]));
  const wantedKeys = new Set(input.programmes.map(programmeKey));
  const facilityWanted = {
    name: input.name,
    region: input.region,
    address: input.address,
    ...input.profile,
    ...listing,
  };
  const unchanged =
    sameFields(facility, facilityWanted) &&
    stored.length === input.programmes.length &&
    input.programmes.every((programme) => {
      const match = storedByKey.get(programmeKey(programme));
      return match !== undefined && sameFields(match, programme);
    });
  if (unchanged) {
    return { outcome: 'unchanged', facilityId: facility.id };
  }

  await trx
    .updateTable('facility')
    .set((eb) => ({
      name: input.name,
      region: input.region,
      address: input.address,
      ...profileColumns(input.profile),
      demo: listing.demo ? 1 : 0,
      last_verified_at: input.lastVerifiedAt,
      last_verified_by: input.lastVerifiedBy,
      updated_at: at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', facility.id)
    .execute();
  const gone = stored.filter((programme) => !wantedKeys.has(programmeKey(programme))).map((programme) => programme.id);
  if (gone.length > 0) {
    await trx.deleteFrom('programme').where('id', 'in', gone).execute();
  }
  for (const programme of input.programmes) {
    const match = storedByKey.get(programmeKey(programme));
    if (match === undefined) {
      await createProgramme(trx, facility.id, { ...PROGRAMME_DEFAULTS, ...programme }, { at });
    } else if (!sameFields(match, programme)) {
      await updateProgramme(trx, facility.id, match.id, match.version, programme, at);
    }
  }
  return { outcome: 'updated', facilityId: facility.id };
}

/**
 * Removes the demo network: every demo facility and its programmes. A demo facility something else
 * refers to (a staff membership, a patient, a call-back request) is kept, so no record loses its facility;
 * each facility is tried under its own savepoint, so one kept facility does not undo the others.
 *
 * @param db - The database (a transaction is opened here).
 * @returns How many were removed, and the ids of those kept.
 */
export async function deleteDemoNetwork(db: Executor): Promise<{ removed: number; kept: string[] }> {
  return withTransaction(db, async (trx) => {
    const demo = await trx.selectFrom('facility').select('id').where('demo', '=', 1).execute();
    let removed = 0;
    const kept: string[] = [];
    for (const [index, { id }] of demo.entries()) {
      const savepoint = sql.id(`demo_${index}`);
      await sql`savepoint ${savepoint}`.execute(trx);
      try {
        await trx.deleteFrom('programme').where('facility_id', '=', id).execute();
        await trx.deleteFrom('facility').where('id', '=', id).execute();
        await sql`release savepoint ${savepoint}`.execute(trx);
        removed += 1;
      } catch {
        // A foreign key refused the delete: something still refers to this facility.
        await sql`rollback to savepoint ${savepoint}`.execute(trx);
        await sql`release savepoint ${savepoint}`.execute(trx);
        kept.push(id);
      }
    }
    return { removed, kept };
  });
}
