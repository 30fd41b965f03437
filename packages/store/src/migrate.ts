import { Migrator, sql } from 'kysely';
import type { AppDatabase } from './database-schema.js';
import { dialectOf } from './executor.js';
import { migrationProvider } from './migrations/index.js';

/** Thrown when a migration fails; the failed migration's transaction has been rolled back. */
export class MigrationError extends Error {
  override readonly name = 'MigrationError';
  constructor(
    message: string,
    readonly migrationName: string | null,
    options: { cause: unknown },
  ) {
    super(message, options);
  }
}

/**
 * Brings the schema up to the newest migration. Safe to call on every start: migrations that
 * already ran are skipped.
 *
 * @param db - An open database handle.
 * @returns The names of the migrations applied by this call (empty when already up to date).
 * @throws MigrationError naming the failed migration and carrying the driver error as `cause`.
 */
export async function migrateToLatest(db: AppDatabase): Promise<string[]> {
  const pinned = await migrationTableSchema(db).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : 'unknown error';
    throw new MigrationError(`Database migration failed before any migration ran: ${reason}`, null, { cause: error });
  });
  const migrator = new Migrator({ db, provider: migrationProvider, ...pinned });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((result) => result.status === 'Error')?.migrationName ?? null;
    const reason = error instanceof Error ? error.message : 'unknown error';
    const where = failed === null ? 'before any migration ran' : `in migration "${failed}"`;
    throw new MigrationError(`Database migration failed ${where}: ${reason}`, failed, { cause: error });
  }
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}

/**
 * On PostgreSQL, pins Kysely's bookkeeping tables to the schema the app writes to. Without it the
 * migrator finds a `kysely_migration` table in any other schema of the database, skips creating
 * its own, and then fails.
 */
async function migrationTableSchema(db: AppDatabase): Promise<{ migrationTableSchema?: string }> {
  if (dialectOf(db) !== 'postgres') {
    return {};
  }
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema ?? null;
  return schema === null ? {} : { migrationTableSchema: schema };
}
