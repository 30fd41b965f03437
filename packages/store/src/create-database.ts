import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { AppDatabase, DatabaseSchema } from './database-schema.js';
import { registerDriver } from './direct-driver.js';
import { PrincipalWritePlugin, registerPrincipalWritePlugin } from './principal-changes.js';

/**
 * Where the data lives: a SQLite file (the default) or a PostgreSQL server. The server's config
 * decides which; the store only opens what it is given.
 */
export type DatabaseConfig =
  { readonly kind: 'sqlite'; readonly file: string } | { readonly kind: 'postgres'; readonly url: string };

/** How long a writer waits for another connection's lock before SQLITE_BUSY, in milliseconds. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/** Prepared SQLite statements kept per connection; the hot path uses a handful, lists a few hundred. */
const SQLITE_STATEMENT_CACHE = 1000;

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

/** The file behind each SQLite handle this module opened, for code that opens a second connection. */
const SQLITE_FILES = new WeakMap<object, string>();

/**
 * @param db - A handle from {@link createDatabase}.
 * @returns The SQLite file it opened, or null for PostgreSQL and for `:memory:` (no second
 *   connection can see an in-memory database).
 */
export function sqliteFileOf(db: AppDatabase): string | null {
  return SQLITE_FILES.get(db) ?? null;
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
  // Kysely opens every transaction with a plain (deferred) `begin`. A second connection writes to
  // the file (the audit group commit's worker), and a deferred transaction that reads and then
  // writes after that connection committed fails with SQLITE_BUSY at once, busy timeout or not.
  // `begin immediate` takes the write lock up front and waits its turn instead.
  //
  // Kysely also prepares every statement anew on every call; preparing cost more than running the
  // hot path's point reads, so prepared statements are kept, by SQL text (a busy one, still being
  // iterated, is not shared).
  const statements = new Map<string, SqliteDatabase.Statement>();
  const database = {
    prepare: (text: string): SqliteDatabase.Statement => {
      const cached = statements.get(text);
      if (cached !== undefined && !cached.busy) {
        return cached;
      }
      const statement = sqlite.prepare(text === 'begin' ? 'begin immediate' : text);
      if (cached === undefined) {
        if (statements.size >= SQLITE_STATEMENT_CACHE) {
          statements.clear();
        }
        statements.set(text, statement);
      }
      return statement;
    },
    close: () => {
      statements.clear();
      sqlite.close();
    },
  };
  const db = new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database }) });
  registerDriver(db, { kind: 'sqlite', connection: sqlite, prepare: database.prepare });
  if (file !== ':memory:' && file !== '') {
    SQLITE_FILES.set(db, file);
  }
  return db;
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
  const principalWrites = new PrincipalWritePlugin();
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }), plugins: [principalWrites] });
  registerDriver(db, { kind: 'postgres', pool });
  registerPrincipalWritePlugin(db, principalWrites);
  return db;
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
