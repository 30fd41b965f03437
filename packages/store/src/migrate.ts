import { Migrator } from 'kysely';
import type { AppDatabase } from './database-schema.js';
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
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((result) => result.status === 'Error')?.migrationName ?? null;
    const reason = error instanceof Error ? error.message : 'unknown error';
    const where = failed === null ? 'before any migration ran' : `in migration "${failed}"`;
    throw new MigrationError(`Database migration failed ${where}: ${reason}`, failed, { cause: error });
  }
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
