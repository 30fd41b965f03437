import { Migrator, sql, type MigrationResultSet } from 'kysely';
import type { ScratchDatabase } from './scratch-database.js';
import { MIGRATIONS, migrationProvider } from '../migrations/index.js';

/**
 * Migrates a scratch database built with `migrate: false` up to the migration just before
 * `migration`, so a migration's own test can insert rows in the old shape and then run it.
 * The Migrator is pinned to the scratch schema as `migrateToLatest` pins it: other test files'
 * schemas on the same PostgreSQL server have bookkeeping tables too.
 *
 * @param scratch - An unmigrated scratch database.
 * @param migration - The migration under test, e.g. `0009-monitoring-summary`.
 * @returns Kysely's result (`error` is undefined when it worked).
 */
export async function migrateToBefore(scratch: ScratchDatabase, migration: string): Promise<MigrationResultSet> {
  const schema =
    scratch.dialect === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(scratch.db)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({
    db: scratch.db,
    provider: migrationProvider,
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  });
  const names = Object.keys(MIGRATIONS).sort();
  const previous = names[names.indexOf(migration) - 1] ?? '';
  return scratch.keep(() => migrator.migrateTo(previous));
}
