import { sql, type Kysely } from 'kysely';
import { makeAppendOnly, oneOf } from '../migration-helpers.js';

/** Frozen copies of the vocabularies as of this migration. */
const RECIPIENT_KINDS = ['family-user', 'external-provider', 'treating-providers'];
const DISCLOSURE_ACTIONS = ['family-read', 'export', 'share', 'fhir-read'];

/**
 * Consents, disclosures, the first clinical record (assessments), break-glass grants and
 * idempotency keys.
 *
 * @param db - The migration handle.
 * @returns When the tables, indexes and append-only triggers exist.
 */
export async function createRecordTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('consent')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('consent_group_id', 'text', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull())
    .addColumn('patient_id', 'text', (column) => column.notNull().references('patient.id'))
    .addColumn('recipient_kind', 'text', (column) => column.notNull())
    .addColumn('recipient_user_id', 'text', (column) => column.references('user.id'))
    .addColumn('recipient_name', 'text')
    .addColumn('categories', 'text', (column) => column.notNull())
    .addColumn('purpose', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('expiry_event', 'text')
    .addColumn('attestation', 'text', (column) => column.notNull())
    .addColumn('created_by', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('revoked_by', 'text')
    .addColumn('superseded_by', 'text')
    .addUniqueConstraint('consent_group_version_key', ['consent_group_id', 'version'])
    .addCheckConstraint('consent_recipient_kind_check', oneOf('recipient_kind', RECIPIENT_KINDS))
    // 42 CFR §2.31: a family consent names the user, an external one names the provider, and
    // every consent ends at a date or an event.
    .addCheckConstraint(
      'consent_recipient_named_check',
      sql`(recipient_kind <> 'family-user' or recipient_user_id is not null)
        and (recipient_kind <> 'external-provider' or recipient_name is not null)`,
    )
    .addCheckConstraint('consent_expiry_check', sql`expires_at is not null or expiry_event is not null`)
    .execute();
  await db.schema.createIndex('consent_patient_idx').on('consent').column('patient_id').execute();
  await db.schema
    .createIndex('consent_recipient_idx')
    .on('consent')
    .columns(['recipient_user_id', 'patient_id'])
    .execute();

  await db.schema
    .createTable('disclosure')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('patient_id', 'text', (column) => column.notNull().references('patient.id'))
    .addColumn('consent_id', 'text', (column) => column.references('consent.id'))
    .addColumn('recipient_kind', 'text', (column) => column.notNull())
    .addColumn('recipient_user_id', 'text')
    .addColumn('recipient_name', 'text')
    .addColumn('categories', 'text', (column) => column.notNull())
    .addColumn('purpose', 'text', (column) => column.notNull())
    .addColumn('action', 'text', (column) => column.notNull())
    .addColumn('resource_type', 'text', (column) => column.notNull())
    .addColumn('resource_id', 'text')
    .addColumn('actor_user_id', 'text', (column) => column.notNull())
    .addColumn('occurred_at', 'text', (column) => column.notNull())
    .addColumn('request_id', 'text', (column) => column.notNull())
    .addCheckConstraint('disclosure_recipient_kind_check', oneOf('recipient_kind', RECIPIENT_KINDS))
    .addCheckConstraint('disclosure_action_check', oneOf('action', DISCLOSURE_ACTIONS))
    .execute();
  await db.schema
    .createIndex('disclosure_patient_idx')
    .on('disclosure')
    .columns(['patient_id', 'occurred_at'])
    .execute();
  await makeAppendOnly(db, 'disclosure');

  await db.schema
    .createTable('assessment')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('patient_id', 'text', (column) => column.notNull().references('patient.id'))
    .addColumn('instrument_id', 'text', (column) => column.notNull())
    .addColumn('instrument_version', 'text', (column) => column.notNull())
    .addColumn('answers', 'text', (column) => column.notNull())
    .addColumn('total', 'integer', (column) => column.notNull())
    .addColumn('band_id', 'text')
    .addColumn('flags', 'text', (column) => column.notNull())
    .addColumn('recorded_by', 'text', (column) => column.notNull())
    .addColumn('recorded_at', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('assessment_patient_idx')
    .on('assessment')
    .columns(['patient_id', 'recorded_at'])
    .execute();

  await db.schema
    .createTable('break_glass')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('user_id', 'text', (column) => column.notNull().references('user.id'))
    .addColumn('patient_id', 'text', (column) => column.notNull().references('patient.id'))
    .addColumn('facility_id', 'text', (column) => column.notNull().references('facility.id'))
    .addColumn('reason', 'text', (column) => column.notNull())
    .addColumn('started_at', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .addColumn('reviewed_at', 'text')
    .addColumn('reviewed_by', 'text')
    .addColumn('review_note', 'text')
    .execute();
  await db.schema
    .createIndex('break_glass_user_patient_idx')
    .on('break_glass')
    .columns(['user_id', 'patient_id', 'expires_at'])
    .execute();
  await db.schema
    .createIndex('break_glass_review_idx')
    .on('break_glass')
    .columns(['reviewed_at', 'started_at'])
    .execute();

  await db.schema
    .createTable('idempotency_key')
    .addColumn('user_id', 'text', (column) => column.notNull())
    .addColumn('key', 'text', (column) => column.notNull())
    .addColumn('route', 'text', (column) => column.notNull())
    .addColumn('request_hash', 'text', (column) => column.notNull())
    .addColumn('status_code', 'integer', (column) => column.notNull())
    .addColumn('response_body', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('idempotency_key_pkey', ['user_id', 'key'])
    .execute();
}
