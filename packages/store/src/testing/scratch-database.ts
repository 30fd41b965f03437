import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createDatabase, type DatabaseConfig } from '../create-database.js';
import type { AppDatabase } from '../database-schema.js';
import type { Dialect } from '../executor.js';
import { migrateToLatest } from '../migrate.js';

/** A database kind to run tests against; PostgreSQL needs a server URL. */
export type ScratchTarget = { readonly kind: 'sqlite' } | { readonly kind: 'postgres'; readonly url: string };

/** A throw-away database for one test or suite. `dispose()` closes it and removes every trace. */
export interface ScratchDatabase {
  readonly db: AppDatabase;
  readonly dialect: Dialect;
  /** How to open the same database again (e.g. for a second handle or a CLI run). */
  readonly config: DatabaseConfig;
  dispose(): Promise<void>;
}

/**
 * The databases tests should cover: SQLite always, PostgreSQL too when a URL is given.
 *
 * @param databaseUrl - Usually `process.env.DATABASE_URL`.
 * @returns One target per database.
 */
export function scratchTargets(databaseUrl: string | undefined): ScratchTarget[] {
  const url = databaseUrl?.trim() ?? '';
  return url === '' ? [{ kind: 'sqlite' }] : [{ kind: 'sqlite' }, { kind: 'postgres', url }];
}

async function onPostgres(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function scratchPostgres(url: string): Promise<{ config: DatabaseConfig; drop: () => Promise<void> }> {
  // A fresh schema per database: only CREATE on the database is needed, and the name is ours.
  const schema = `kc_test_${randomBytes(8).toString('hex')}`;
  await onPostgres(url, `create schema ${schema}`);
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  return {
    config: { kind: 'postgres', url: scoped.toString() },
    drop: () => onPostgres(url, `drop schema if exists ${schema} cascade`),
  };
}

/**
 * True for PostgreSQL's "schema does not exist" (3F000): Kysely's migrator reads the tables of every
 * schema it may use (`has_schema_privilege` per schema), and a test file running in parallel can
 * drop its own scratch schema during that read. Our schema is intact, so migrating again is safe.
 */
function raceWithAnotherSchemaDrop(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return cause?.code === '3F000';
}

async function migrateUnderParallelTests(db: AppDatabase): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await migrateToLatest(db);
      return;
    } catch (error) {
      if (attempt >= 3 || !raceWithAnotherSchemaDrop(error)) {
        throw error;
      }
    }
  }
}

/**
 * Creates an empty database for a test: a SQLite file in a new temp folder, or a new schema on
 * the PostgreSQL server, migrated to the latest schema unless told otherwise.
 *
 * @param target - Which database.
 * @param options - `migrate: false` to get a database with no tables.
 * @returns The open database and how to dispose of it.
 */
export async function createScratchDatabase(
  target: ScratchTarget,
  options: { migrate?: boolean } = {},
): Promise<ScratchDatabase> {
  let config: DatabaseConfig;
  let drop: () => Promise<void>;
  if (target.kind === 'sqlite') {
    const folder = mkdtempSync(join(tmpdir(), 'kratom-care-scratch-'));
    config = { kind: 'sqlite', file: join(folder, 'app.db') };
    drop = () => {
      rmSync(folder, { recursive: true, force: true });
      return Promise.resolve();
    };
  } else {
    ({ config, drop } = await scratchPostgres(target.url));
  }
  const db = createDatabase(config);
  const dispose = async (): Promise<void> => {
    await db.destroy();
    await drop();
  };
  if (options.migrate !== false) {
    try {
      await migrateUnderParallelTests(db);
    } catch (error) {
      await dispose();
      throw error;
    }
  }
  return { db, dialect: target.kind, config, dispose };
}
