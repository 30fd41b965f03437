import { sql, type Kysely, type Migration } from 'kysely';
import { atomically, oneOf } from './migration-helpers.js';

/** Frozen copy of the domain's facility sources as of this migration (domain/src/care-network/vocabulary.ts). */
const SOURCES = ['manual', 'import', 'locator', 'demo'];

async function addFacilityProfile(db: Kysely<unknown>): Promise<void> {
  const text = ['street1', 'street2', 'city', 'state', 'zip', 'phone', 'admissions_line', 'hours', 'website'];
  for (const column of text) {
    await db.schema.alterTable('facility').addColumn(column, 'text').execute();
  }
  // Double precision on both databases: PostgreSQL's `real` is 4 bytes, about 1 m of error at 1e-5°.
  await db.schema.alterTable('facility').addColumn('latitude', 'double precision').execute();
  await db.schema.alterTable('facility').addColumn('longitude', 'double precision').execute();
  await db.schema
    .alterTable('facility')
    .addColumn('languages', 'text', (column) => column.notNull().defaultTo('[]'))
    .execute();
  await db.schema
    .alterTable('facility')
    .addColumn('demo', 'integer', (column) => column.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('facility')
    .addColumn('source', 'text', (column) => column.notNull().defaultTo('manual').check(oneOf('source', SOURCES)))
    .execute();
  await db.schema.alterTable('facility').addColumn('external_key', 'text').execute();
  await db.schema.alterTable('facility').addColumn('last_verified_at', 'text').execute();
  await db.schema.alterTable('facility').addColumn('last_verified_by', 'text').execute();

  // The finder's distance search: a latitude range, then longitude inside the same index entries
  // (the bounding-box prefilter of docs/decisions/0029-care-network-finder.md). Name, id and state ride
  // along so the prefilter reads the index alone: with 50,000 facilities the box around a city holds
  // about a thousand, and a table lookup for each doubled the search's cost.
  await db.schema
    .createIndex('facility_location_idx')
    .on('facility')
    .columns(['latitude', 'longitude', 'name', 'id', 'state'])
    .execute();
  // Search by state (and by region, which is a set of states), in name order.
  await db.schema.createIndex('facility_state_idx').on('facility').columns(['state', 'name', 'id']).execute();
  // Re-importing a listing finds it again; NULL keys (typed by staff) never collide.
  await db.schema
    .createIndex('facility_source_key_idx')
    .on('facility')
    .columns(['source', 'external_key'])
    .unique()
    .execute();
}

async function createProgramme(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('programme')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('facility_id', 'text', (column) => column.notNull().references('facility.id'))
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('level_of_care', 'text', (column) => column.notNull())
    .addColumn('medications', 'text', (column) => column.notNull().defaultTo('[]'))
    .addColumn('otp', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('kratom_experience', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('kratom_testing', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('populations', 'text', (column) => column.notNull().defaultTo('[]'))
    .addColumn('services', 'text', (column) => column.notNull().defaultTo('[]'))
    .addColumn('payers', 'text', (column) => column.notNull().defaultTo('[]'))
    .addColumn('commercial_insurers', 'text', (column) => column.notNull().defaultTo('[]'))
    .addColumn('unmapped_codes', 'text', (column) => column.notNull().defaultTo('[]'))
    .addColumn('capacity_available', 'integer')
    .addColumn('next_intake_date', 'text')
    .addColumn('last_verified_at', 'text')
    .addColumn('last_verified_by', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
    .execute();
  // A facility's programmes by name: the finder loads them for a page of facilities in one query.
  await db.schema
    .createIndex('programme_facility_idx')
    .on('programme')
    .columns(['facility_id', 'name', 'id'])
    .execute();
}

/**
 * Issue 11 §1: the care network. Facilities gain an address in parts, coordinates, phones (with the 24/7
 * admissions line), hours, languages, where the listing came from (and its key there, for idempotent
 * re-import) and when and by whom it was last verified; each facility has programmes with a level of
 * care, medications, populations, services, payers and capacity. Never edit after release; add a
 * migration instead.
 */
export const migration0010CareNetwork: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await atomically(db, async (trx) => {
      await addFacilityProfile(trx);
      await createProgramme(trx);
    });
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await atomically(db, async (trx) => {
      await trx.schema.dropTable('programme').execute();
      for (const index of ['facility_source_key_idx', 'facility_state_idx', 'facility_location_idx']) {
        await trx.schema.dropIndex(index).execute();
      }
      for (const column of [
        'last_verified_by',
        'last_verified_at',
        'external_key',
        'source',
        'demo',
        'languages',
        'longitude',
        'latitude',
        'website',
        'hours',
        'admissions_line',
        'phone',
        'zip',
        'state',
        'city',
        'street2',
        'street1',
      ]) {
        await sql`alter table facility drop column ${sql.id(column)}`.execute(trx);
      }
    });
  },
};
