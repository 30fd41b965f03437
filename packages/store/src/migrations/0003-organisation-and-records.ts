import type { Kysely, Migration } from 'kysely';
import { createAuditTable } from './0003/audit.js';
import { createOrganisationTables } from './0003/organisation.js';
import { createRecordTables } from './0003/records.js';
import { atomically } from './migration-helpers.js';

/**
 * The organisation (facilities, memberships, patients, care teams), consents and disclosures,
 * assessments, break-glass, idempotency keys and the audit chain. Portable SQL only: text ids and
 * ISO times, integer flags, JSON as text. Never edit after release; add a migration instead.
 */
export const migration0003OrganisationAndRecords: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await atomically(db, async (trx) => {
      await createOrganisationTables(trx);
      await createRecordTables(trx);
      await createAuditTable(trx);
    });
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await atomically(db, async (trx) => {
      const tables = ['audit_event', 'idempotency_key', 'break_glass', 'assessment', 'disclosure', 'consent'];
      for (const table of [...tables, 'care_team', 'patient', 'membership', 'facility']) {
        await trx.schema.dropTable(table).execute();
      }
    });
  },
};
