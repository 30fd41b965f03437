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
  /**
   * Migrates to the latest schema while no scratch schema can be dropped; a test built with
   * `migrate: false` must migrate through this (or `keep`), never with `migrateToLatest` alone.
   */
  migrate(): Promise<string[]>;
  /** Runs `fn`, which migrates by some other road (a CLI command, a Migrator), under the same guard. */
  keep<T>(fn: () => Promise<T>): Promise<T>;
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

/**
 * Kysely's migrator reads the tables of every schema on the server (to find its bookkeeping table),
 * so a test file running in parallel that drops its own scratch schema mid-read fails the migration
 * ("schema does not exist"). Migrations hold this advisory lock shared and drops hold it alone:
 * migrations still run side by side, and no schema disappears under one.
 */
const SCHEMA_DROP_LOCK = 7_007_001;

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
    drop: () =>
      onPostgres(url, `select pg_advisory_lock(${SCHEMA_DROP_LOCK}); drop schema if exists ${schema} cascade`),
  };
}

/**
 * Runs `fn` while no scratch schema can be dropped, for a process that migrates a scratch database
 * itself (the built server or CLI), which would otherwise fail like the migrations above. `fn` must
 * not dispose of a scratch database: its drop would wait for this very lock.
 *
 * @param url - The PostgreSQL server URL.
 * @param fn - The work, such as starting the server and waiting until it listens.
 * @returns What `fn` returns.
 */
export async function whileSchemasKept<T>(url: string, fn: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock_shared($1)', [SCHEMA_DROP_LOCK]);
    return await fn();
  } finally {
    // Ending the session releases the lock.
    await client.end();
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
  const keep = <T>(fn: () => Promise<T>): Promise<T> =>
    target.kind === 'postgres' ? whileSchemasKept(target.url, fn) : fn();
  const migrate = (): Promise<string[]> => keep(() => migrateToLatest(db));
  if (options.migrate !== false) {
    try {
      await migrate();
    } catch (error) {
      await dispose();
      throw error;
    }
  }
  return { db, dialect: target.kind, config, migrate, keep, dispose };
}
