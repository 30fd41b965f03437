import type { Kysely } from 'kysely';
import { oneOf } from '../migration-helpers.js';

/** Frozen copy: later role changes need a new migration, not an edit here. */
const ROLES = ['patient', 'family', 'clinician', 'admissions', 'admin', 'privacy-officer'];

/**
 * Facilities, memberships, patients and care teams (decision 0005, "The organisation").
 *
 * @param db - The migration handle.
 * @returns When the tables and indexes exist.
 */
export async function createOrganisationTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('facility')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('region', 'text', (column) => column.notNull())
    .addColumn('address', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('membership')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('user_id', 'text', (column) => column.notNull().references('user.id').onDelete('cascade'))
    .addColumn('facility_id', 'text', (column) => column.notNull().references('facility.id'))
    .addColumn('role', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('membership_user_facility_role_key', ['user_id', 'facility_id', 'role'])
    .addCheckConstraint('membership_role_check', oneOf('role', ROLES))
    .execute();
  await db.schema.createIndex('membership_facility_idx').on('membership').column('facility_id').execute();

  await db.schema
    .createTable('patient')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('facility_id', 'text', (column) => column.references('facility.id'))
    .addColumn('user_id', 'text', (column) => column.unique().references('user.id').onDelete('set null'))
    .addColumn('given_name', 'text', (column) => column.notNull())
    .addColumn('family_name', 'text', (column) => column.notNull())
    .addColumn('birth_date', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('created_by', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('patient_facility_idx').on('patient').columns(['facility_id', 'family_name']).execute();

  await db.schema
    .createTable('care_team')
    .addColumn('patient_id', 'text', (column) => column.notNull().references('patient.id').onDelete('cascade'))
    .addColumn('clinician_user_id', 'text', (column) => column.notNull().references('user.id').onDelete('cascade'))
    .addColumn('added_by', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('care_team_pkey', ['patient_id', 'clinician_user_id'])
    .execute();
  await db.schema.createIndex('care_team_clinician_idx').on('care_team').column('clinician_user_id').execute();
}
