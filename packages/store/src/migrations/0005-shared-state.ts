import type { Kysely, Migration } from 'kysely';
import { atomically } from './migration-helpers.js';

/**
 * The tables as this migration leaves them. Frozen here on purpose: a migration must keep
 * compiling and meaning the same thing when the live schema type changes later.
 */
interface SchemaAt0005 {
  app_meta: { key: string; value: string; updated_at: string };
}

/** Earlier versions kept the setup token's hash here and minted a new one on every start. */
const OLD_SETUP_TOKEN_KEY = 'setup_token_sha256';

/**
 * State that several app instances must share (issue 8 §3): per-key rate-limit counters (per-IP
 * route limits and per-account failed sign-ins) and the TOTP codes already used. Adds the expiry
 * indexes the purge job deletes by, and drops the old per-start setup token (the next start issues
 * one that every instance prints the same).
 */
export const migration0005SharedState: Migration = {
  async up(db: Kysely<SchemaAt0005>): Promise<void> {
    await atomically(db as Kysely<unknown>, async (trx) => {
      await trx.schema
        .createTable('rate_limit_counter')
        .addColumn('key', 'text', (column) => column.primaryKey())
        .addColumn('hits', 'integer', (column) => column.notNull())
        .addColumn('window_ends_at', 'text', (column) => column.notNull())
        .execute();
      await trx.schema
        .createIndex('rate_limit_counter_window_ends_idx')
        .on('rate_limit_counter')
        .column('window_ends_at')
        .execute();

      await trx.schema
        .createTable('totp_code_use')
        .addColumn('user_id', 'text', (column) => column.notNull())
        .addColumn('code', 'text', (column) => column.notNull())
        .addColumn('expires_at', 'text', (column) => column.notNull())
        .addPrimaryKeyConstraint('totp_code_use_pkey', ['user_id', 'code'])
        .execute();
      await trx.schema.createIndex('totp_code_use_expires_idx').on('totp_code_use').column('expires_at').execute();

      // What the purge job deletes by, so a run reads only what it deletes.
      await trx.schema.createIndex('session_expires_purge_idx').on('session').column('expiresAt').execute();
      await trx.schema.createIndex('session_updated_purge_idx').on('session').column('updatedAt').execute();
      await trx.schema.createIndex('verification_expires_purge_idx').on('verification').column('expiresAt').execute();
      await trx.schema
        .createIndex('idempotency_key_created_purge_idx')
        .on('idempotency_key')
        .column('created_at')
        .execute();

      await (trx as Kysely<SchemaAt0005>).deleteFrom('app_meta').where('key', '=', OLD_SETUP_TOKEN_KEY).execute();
    });
  },

  async down(db: Kysely<SchemaAt0005>): Promise<void> {
    await atomically(db as Kysely<unknown>, async (trx) => {
      for (const index of [
        'idempotency_key_created_purge_idx',
        'verification_expires_purge_idx',
        'session_updated_purge_idx',
        'session_expires_purge_idx',
      ]) {
        await trx.schema.dropIndex(index).execute();
      }
      await trx.schema.dropTable('totp_code_use').execute();
      await trx.schema.dropTable('rate_limit_counter').execute();
    });
  },
};
