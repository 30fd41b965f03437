import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { AppDatabase, DatabaseSchema } from './database-schema.js';

/**
 * Where the data lives: a SQLite file (the default) or a PostgreSQL server. The server's config
 * decides which; the store only opens what it is given.
 */
export type DatabaseConfig =
  { readonly kind: 'sqlite'; readonly file: string } | { readonly kind: 'postgres'; readonly url: string };

/** How long a writer waits for another connection's lock before SQLITE_BUSY, in milliseconds. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/** Pool size for PostgreSQL: small, because SQLite-sized installs are the norm (2-core boxes). */
export const POSTGRES_POOL_MAX = 4;

/** Optional hooks for the opener. */
export interface DatabaseHooks {
  /** Called when an idle PostgreSQL connection fails (server restart); the pool replaces it. */
  readonly onIdleConnectionError?: (error: Error) => void;
}

/**
 * pg returns int8 (`count(*)`, `bigint` columns) as strings because they may exceed 2^53. Ours
 * never do; a value that would lose precision fails the query instead of silently rounding.
 */
function parseInt8(value: string): number {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed)) {
    throw new RangeError(`int8 value ${value} is outside the safe integer range`);
  }
  return parsed;
}

function postgresTypes(): pg.CustomTypesConfig {
  const types = new pg.TypeOverrides();
  types.setTypeParser(pg.types.builtins.INT8, parseInt8);
  return types;
}

function openSqlite(file: string): AppDatabase {
  const sqlite = new SqliteDatabase(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  return new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database: sqlite }) });
}

function openPostgres(url: string, hooks: DatabaseHooks): AppDatabase {
  const pool = new pg.Pool({
    connectionString: url,
    max: POSTGRES_POOL_MAX,
    application_name: 'kratom-care',
    types: postgresTypes(),
  });
  // Without a listener an idle client's error would crash the process.
  pool.on('error', (error) => hooks.onIdleConnectionError?.(error));
  return new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * Opens the database and returns a Kysely handle over it. The caller owns the handle and must
 * call `destroy()` on shutdown.
 *
 * SQLite is opened with WAL (readers do not block the writer), `synchronous=FULL` (an acknowledged
 * commit survives power loss, SECURITY.md F8/F9), foreign keys enforced and a busy timeout.
 * PostgreSQL gets a pool of {@link POSTGRES_POOL_MAX} connections that connects lazily, with int8
 * values parsed as numbers.
 *
 * @param config - Which database to open; a SQLite `file` may be `':memory:'` for throw-away use.
 * @param hooks - Optional callbacks, e.g. to log idle PostgreSQL connection errors.
 * @returns A Kysely instance typed with the app's schema.
 * @throws When the SQLite file cannot be opened (missing parent folder, permissions, corrupt file).
 *   PostgreSQL connection errors surface on the first query instead.
 */
export function createDatabase(config: DatabaseConfig, hooks: DatabaseHooks = {}): AppDatabase {
  return config.kind === 'sqlite' ? openSqlite(config.file) : openPostgres(config.url, hooks);
}
