import type { Kysely, Migration } from 'kysely';
import { atomically } from './migration-helpers.js';

/**
 * A row version on better-auth's `user` table, so an admin's change to an account takes
 * `If-Match` like every other edit (issue 8): two admins changing one account's roles at once no
 * longer overwrite each other silently. better-auth never writes the column; the default covers
 * the accounts it creates.
 */
export const migration0008UserVersion: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await atomically(db, async (trx) => {
      await trx.schema
        .alterTable('user')
        .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
        .execute();
    });
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await atomically(db, async (trx) => {
      await trx.schema.alterTable('user').dropColumn('version').execute();
    });
  },
};
