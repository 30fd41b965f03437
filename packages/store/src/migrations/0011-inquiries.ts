import { sql, type Kysely, type Migration } from 'kysely';
import { atomically, makeAppendOnly, oneOf } from './migration-helpers.js';

/** Frozen copies of the domain's vocabularies as of this migration (domain/src/inquiries/). */
const STATUSES = ['new', 'contacted', 'benefits-check', 'assessment-scheduled', 'admitted', 'referred-out', 'closed'];
const ACTIVITY_KINDS = ['call', 'message', 'note', 'status', 'benefits', 'transport', 'referral', 'conversion'];
const FOR_WHOM = ['self', 'loved-one'];
const BEST_TIMES = ['morning', 'afternoon', 'evening', 'any'];
const RECIPIENT_KINDS = ['network-facility', 'outside-provider'];
const ROUTED_BY = ['named-facility', 'nearest-with-level', 'nearest', 'in-state', 'any', 'referral', 'moved'];

async function createInquiry(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('inquiry')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('reference', 'text', (column) => column.notNull().unique())
    .addColumn('facility_id', 'text', (column) => column.notNull().references('facility.id'))
    .addColumn('status', 'text', (column) => column.notNull())
    // 1 while the request is still worked: the queue's default view is one index range.
    .addColumn('is_open', 'integer', (column) => column.notNull())
    .addColumn('close_reason', 'text')
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('best_time', 'text', (column) => column.notNull())
    .addColumn('for_whom', 'text', (column) => column.notNull())
    .addColumn('zip', 'text')
    .addColumn('state', 'text')
    .addColumn('payer', 'text')
    .addColumn('level_of_care', 'text')
    .addColumn('requested_facility_id', 'text')
    .addColumn('needs', 'text', (column) => column.notNull())
    .addColumn('routed_to_family_programme', 'integer', (column) => column.notNull())
    .addColumn('routed_by', 'text', (column) => column.notNull())
    .addColumn('self_check_summary', 'text')
    .addColumn('consent_to_contact_at', 'text', (column) => column.notNull())
    .addColumn('benefits', 'text')
    .addColumn('transport', 'text')
    .addColumn('submitted_at', 'text', (column) => column.notNull())
    .addColumn('first_contact_at', 'text')
    .addColumn('converted_patient_id', 'text', (column) => column.references('patient.id'))
    .addColumn('referred_from_id', 'text', (column) => column.references('inquiry.id'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
    .addCheckConstraint('inquiry_status_check', oneOf('status', STATUSES))
    .addCheckConstraint('inquiry_for_whom_check', oneOf('for_whom', FOR_WHOM))
    .addCheckConstraint('inquiry_best_time_check', oneOf('best_time', BEST_TIMES))
    .addCheckConstraint('inquiry_routed_by_check', oneOf('routed_by', ROUTED_BY))
    .addCheckConstraint('inquiry_contact_check', sql`phone is not null or email is not null`)
    .addCheckConstraint('inquiry_closed_reason_check', sql`status <> 'closed' or close_reason is not null`)
    .execute();
  // The queue (decision 0015: filter and order from one index): one facility's requests in one
  // status, or still open, or all, oldest first, keyset on (submitted_at, id). The reports'
  // funnel counts per status come from the first one too.
  await db.schema
    .createIndex('inquiry_queue_status_idx')
    .on('inquiry')
    .columns(['facility_id', 'status', 'submitted_at', 'id'])
    .execute();
  await db.schema
    .createIndex('inquiry_queue_open_idx')
    .on('inquiry')
    .columns(['facility_id', 'is_open', 'submitted_at', 'id'])
    .execute();
  await db.schema
    .createIndex('inquiry_queue_idx')
    .on('inquiry')
    .columns(['facility_id', 'submitted_at', 'id'])
    .execute();
}

async function createInquiryActivity(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('inquiry_activity')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('inquiry_id', 'text', (column) => column.notNull().references('inquiry.id'))
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('text', 'text')
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    .addColumn('actor_user_id', 'text')
    .addColumn('at', 'text', (column) => column.notNull())
    .addCheckConstraint('inquiry_activity_kind_check', oneOf('kind', ACTIVITY_KINDS))
    .execute();
  // One request's log in time order; the funnel's "ever reached" joins on it.
  await db.schema
    .createIndex('inquiry_activity_inquiry_idx')
    .on('inquiry_activity')
    .columns(['inquiry_id', 'at', 'id'])
    .execute();
  // The log is history: a wrong note is corrected by another note, never edited.
  await makeAppendOnly(db, 'inquiry_activity');
}

async function createInquiryDisclosure(db: Kysely<unknown>): Promise<void> {
  // A referral passes the person's details and a summary to another provider: a disclosure. The
  // `disclosure` table is per patient (patient_id NOT NULL, append-only), and a person who asked
  // for a call-back is not a patient, so referrals of requests are recorded here, with the consent
  // they rest on (decision 0031).
  await db.schema
    .createTable('inquiry_disclosure')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('inquiry_id', 'text', (column) => column.notNull().references('inquiry.id'))
    .addColumn('recipient_kind', 'text', (column) => column.notNull())
    .addColumn('recipient_facility_id', 'text', (column) => column.references('facility.id'))
    .addColumn('recipient_name', 'text', (column) => column.notNull())
    .addColumn('summary', 'text', (column) => column.notNull())
    // What the person agreed to: the form's consent to be contacted (time), and for a provider
    // outside the network the coordinator's record that the person agreed on the call.
    .addColumn('consent_to_contact_at', 'text', (column) => column.notNull())
    .addColumn('consent_confirmed_by', 'text')
    .addColumn('actor_user_id', 'text', (column) => column.notNull())
    .addColumn('occurred_at', 'text', (column) => column.notNull())
    .addColumn('request_id', 'text', (column) => column.notNull())
    .addCheckConstraint('inquiry_disclosure_recipient_check', oneOf('recipient_kind', RECIPIENT_KINDS))
    .addCheckConstraint(
      'inquiry_disclosure_consent_check',
      sql`recipient_kind <> 'outside-provider' or consent_confirmed_by is not null`,
    )
    .execute();
  await db.schema
    .createIndex('inquiry_disclosure_inquiry_idx')
    .on('inquiry_disclosure')
    .columns(['inquiry_id', 'occurred_at'])
    .execute();
  await makeAppendOnly(db, 'inquiry_disclosure');
}

/**
 * Issue 11 §3, §4: call-back requests (`inquiry`), their activity log (`inquiry_activity`) and the
 * referrals that pass a request on (`inquiry_disclosure`). Portable SQL only: text ids and ISO
 * times, integer flags, JSON as text. Never edit after release; add a migration instead.
 */
export const migration0011Inquiries: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await atomically(db, async (trx) => {
      await createInquiry(trx);
      await createInquiryActivity(trx);
      await createInquiryDisclosure(trx);
    });
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await atomically(db, async (trx) => {
      for (const table of ['inquiry_disclosure', 'inquiry_activity', 'inquiry']) {
        await trx.schema.dropTable(table).execute();
      }
    });
  },
};
