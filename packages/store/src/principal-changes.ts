import type SqliteDatabase from 'better-sqlite3';
import type {
  AliasNode,
  ColumnNode,
  KyselyPlugin,
  OperationNode,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  RootOperationNode,
  TableNode,
} from 'kysely';
import pg from 'pg';
import { driverOf } from './direct-driver.js';
import type { AppDatabase } from './database-schema.js';
import { PRINCIPAL_CHANNEL, PRINCIPAL_SOURCES } from './migrations/0012-principal-changes.js';

/**
 * Tells an app process when what it resolved from sessions, accounts and memberships may be
 * stale (decision 0038). `current()` is a number that changes whenever one of them may have
 * changed; a cache keeps a principal only while the number it was read under is still current.
 */
export interface PrincipalChanges {
  /**
   * @returns The change count now, or null when it cannot be known (a transaction is open on the
   *   SQLite connection, the PostgreSQL listener is not connected): read the database instead.
   */
  current(): number | null;
  /** Stops watching (server shutdown). */
  close(): Promise<void>;
}

const SOURCE_TABLES: ReadonlySet<string> = new Set(PRINCIPAL_SOURCES.map((source) => source.table));
/** The session columns whose change the triggers report: the same list decides for this process's own writes. */
const SESSION_PRINCIPAL_COLUMNS: ReadonlySet<string> = new Set(
  PRINCIPAL_SOURCES.find((source) => source.table === 'session')?.columns ?? [],
);

function tableName(node: OperationNode | undefined): string | undefined {
  if (node?.kind === 'TableNode') {
    return (node as TableNode).table.identifier.name;
  }
  if (node?.kind === 'AliasNode') {
    return tableName((node as AliasNode).node);
  }
  return undefined;
}

/** The table a write changes (its target: what it reads from elsewhere changes nothing). */
function targetOf(node: RootOperationNode): string | undefined {
  if (node.kind === 'InsertQueryNode') {
    return tableName(node.into);
  }
  if (node.kind === 'UpdateQueryNode') {
    return tableName(node.table);
  }
  return node.kind === 'DeleteQueryNode' ? tableName(node.from.froms[0]) : undefined;
}

/**
 * Whether a write may change a principal, by the rule migration 0012's triggers follow: any
 * insert, update or delete of a source table, except a session update of none of the columns a
 * principal is read from (activity and client details). A cascade from another table (a deleted
 * facility's memberships) is not seen here; the database's own signal still reports it.
 */
function changesPrincipals(node: RootOperationNode): boolean {
  const target = targetOf(node);
  if (target === undefined || !SOURCE_TABLES.has(target)) {
    return false;
  }
  if (node.kind !== 'UpdateQueryNode' || target !== 'session') {
    return true;
  }
  const columns = (node.updates ?? []).map((update) => columnName(update.column));
  return (
    columns.length === 0 || columns.some((column) => column === undefined || SESSION_PRINCIPAL_COLUMNS.has(column))
  );
}

function columnName(node: OperationNode): string | undefined {
  return node.kind === 'ColumnNode' ? (node as ColumnNode).column.name : undefined;
}

/**
 * Sees this process's own writes to the principal tables as Kysely builds them, transactions
 * and better-auth's adapter included (both run on the app's Kysely instance). On PostgreSQL the
 * commit's `NOTIFY` reaches this process's listener only some time after the commit, when the
 * writer's next request may already have arrived: a sign-out must end the session at once.
 */
export class PrincipalWritePlugin implements KyselyPlugin {
  readonly #listeners = new Set<() => void>();

  /**
   * @param listener - Called when a statement that may change a principal is about to run.
   * @returns Stops calling it.
   */
  onWrite(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  transformQuery(args: PluginTransformQueryArgs): PluginTransformQueryArgs['node'] {
    if (this.#listeners.size > 0 && changesPrincipals(args.node)) {
      this.#listeners.forEach((listener) => {
        listener();
      });
    }
    return args.node;
  }

  transformResult(args: PluginTransformResultArgs): Promise<PluginTransformResultArgs['result']> {
    return Promise.resolve(args.result);
  }
}

/** The plugin of each PostgreSQL handle createDatabase opened. */
const WRITE_PLUGINS = new WeakMap<object, PrincipalWritePlugin>();

/**
 * @param db - A PostgreSQL handle createDatabase opened.
 * @param plugin - The plugin installed on it.
 */
export function registerPrincipalWritePlugin(db: object, plugin: PrincipalWritePlugin): void {
  WRITE_PLUGINS.set(db, plugin);
}

const NEVER_KNOWN: PrincipalChanges = { current: () => null, close: () => Promise.resolve() };

/**
 * SQLite: the counter the triggers of migration 0012 raise, read on the app's own connection.
 * Synchronous, so the resolver answers a known session with no promise at all.
 */
function sqliteChanges(connection: SqliteDatabase.Database): PrincipalChanges {
  const read = connection.prepare('select n from principal_generation where id = 1').pluck();
  return {
    // Inside an open transaction the counter may include this transaction's own uncommitted
    // changes, and a principal read now would need Kysely's connection lock: read afresh.
    current: () => (connection.inTransaction ? null : (read.get() as number)),
    close: () => Promise.resolve(),
  };
}

/**
 * The `application_name` of an instance's listener connection.
 *
 * @param schema - The schema it listens for.
 * @returns The name, as `pg_stat_activity` shows it.
 */
export function listenerName(schema: string | null): string {
  return `kratom-care principal listener (${schema ?? 'unknown'})`;
}

/** How long to wait before listening again after the listener's connection was lost. */
const RELISTEN_DELAY_MS = 1000;

/**
 * PostgreSQL: a dedicated connection that `LISTEN`s on the channel migration 0012's triggers
 * notify on commit, plus this process's own writes as the plugin sees them. While the listener is
 * not connected nothing can be trusted, so `current()` answers null and every request reads the
 * database, as it did before there was a cache.
 */
class PostgresPrincipalChanges implements PrincipalChanges {
  readonly #options: pg.ClientConfig;
  readonly #stopPlugin: () => void;
  #count = 0;
  #listening: pg.Client | null = null;
  #closed = false;
  #timer: NodeJS.Timeout | null = null;

  constructor(options: pg.ClientConfig, plugin: PrincipalWritePlugin | undefined) {
    this.#options = options;
    this.#stopPlugin =
      plugin?.onWrite(() => {
        this.#count += 1;
      }) ?? (() => undefined);
    void this.#listen();
  }

  current(): number | null {
    return this.#listening === null ? null : this.#count;
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#stopPlugin();
    if (this.#timer !== null) {
      clearTimeout(this.#timer);
    }
    const client = this.#listening;
    this.#listening = null;
    await client?.end().catch(() => undefined);
  }

  async #listen(): Promise<void> {
    const client = new pg.Client({ ...this.#options, application_name: listenerName(null) });
    let lost = false;
    const onLost = () => {
      if (lost) {
        return;
      }
      lost = true;
      this.#count += 1;
      if (this.#listening === client) {
        this.#listening = null;
      }
      void client.end().catch(() => undefined);
      if (!this.#closed) {
        this.#timer = setTimeout(() => void this.#listen(), RELISTEN_DELAY_MS);
        this.#timer.unref();
      }
    };
    let schema: string | null = null;
    client.on('notification', (notification) => {
      if (schema === null || notification.payload === schema) {
        this.#count += 1;
      }
    });
    client.on('error', onLost);
    client.on('end', onLost);
    try {
      await client.connect();
      await client.query(`listen ${PRINCIPAL_CHANNEL}`);
      const result = await client.query<{ schema: string }>('select current_schema() as schema');
      schema = result.rows[0]?.schema ?? null;
      // Named after its schema, so an operator (or a test) can tell the listeners apart.
      await client.query("select set_config('application_name', $1, false)", [listenerName(schema)]);
    } catch {
      onLost();
      return;
    }
    if (this.#closed) {
      await client.end().catch(() => undefined);
      return;
    }
    // Whatever changed while nobody listened is unknown: count that as a change.
    this.#count += 1;
    this.#listening = client;
  }
}

/**
 * Starts watching for principal changes on a handle createDatabase opened.
 *
 * @param db - The app's database handle.
 * @returns The watch; `close()` it on shutdown. On a handle this package did not open, or before
 *   migration 0012, it never knows, and every request reads the database.
 */
export function watchPrincipalChanges(db: AppDatabase): PrincipalChanges {
  const driver = driverOf(db);
  if (driver === undefined) {
    return NEVER_KNOWN;
  }
  if (driver.kind === 'sqlite') {
    try {
      return sqliteChanges(driver.connection);
    } catch {
      return NEVER_KNOWN;
    }
  }
  return new PostgresPrincipalChanges(driver.pool.options, WRITE_PLUGINS.get(db));
}
