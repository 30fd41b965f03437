import { randomUUID } from 'node:crypto';
import type { Kysely, Migration } from 'kysely';

/**
 * The tables as this migration leaves them. Frozen here on purpose: a migration must keep
 * compiling and meaning the same thing when the live schema type changes later.
 */
interface SchemaAt0001 {
  app_meta: { key: string; value: string; updated_at: string };
}

/**
 * Creates `app_meta` and records the installation id and when the schema was created.
 * Uses only portable column types (text) and the schema builder, so it runs unchanged on
 * PostgreSQL.
 */
export const migration0001AppMeta: Migration = {
  async up(db: Kysely<SchemaAt0001>): Promise<void> {
    await db.schema
      .createTable('app_meta')
      .addColumn('key', 'text', (column) => column.primaryKey())
      .addColumn('value', 'text', (column) => column.notNull())
      .addColumn('updated_at', 'text', (column) => column.notNull())
      .execute();

    const now = new Date().toISOString();
    await db
      .insertInto('app_meta')
      .values([
        { key: 'installation_id', value: randomUUID(), updated_at: now },
        { key: 'schema_created_at', value: now, updated_at: now },
      ])
      .execute();
  },

  async down(db: Kysely<SchemaAt0001>): Promise<void> {
    await db.schema.dropTable('app_meta').execute();
  },
};
