import pg from 'pg';
import { driverOf } from '../direct-driver.js';
import type { Executor } from '../executor.js';

/** The statements recorded since {@link recordStatements} was called. */
export interface StatementRecorder {
  /** Each statement sent to the database so far, as SQL text, in order (a copy). */
  readonly sql: readonly string[];
  /** Stops recording (restores the drivers' methods). */
  stop(): void;
}

const SQLITE_RUNNERS = ['all', 'get', 'run', 'iterate'] as const;

/**
 * Records every statement that reaches the database under `db`, whichever path sent it: Kysely's
 * executor, a transaction, or the hot path's direct driver calls (`direct-driver.ts`). It patches
 * the drivers themselves (better-sqlite3's statement methods on this connection's statement class;
 * node-postgres's `Client.prototype.query`, one call per round trip), so a test counts what the
 * database really ran. Statements of the SQLite audit worker run on its own thread and are not seen.
 *
 * @param db - A handle from createDatabase.
 * @returns The recorder; call `stop()` when done.
 * @throws Error for a handle createDatabase did not open.
 */
export function recordStatements(db: Executor): StatementRecorder {
  const driver = driverOf(db);
  if (driver === undefined) {
    throw new Error('recordStatements needs a handle from createDatabase');
  }
  const sql: string[] = [];
  const restores: (() => void)[] = [];
  const patch = <T extends object>(
    target: T,
    name: keyof T & string,
    text: (self: unknown, args: unknown[]) => string,
  ) => {
    const original = target[name] as (...args: unknown[]) => unknown;
    target[name] = function patched(this: unknown, ...args: unknown[]) {
      sql.push(text(this, args));
      return original.apply(this, args);
    } as T[keyof T & string];
    restores.push(() => {
      target[name] = original as T[keyof T & string];
    });
  };
  if (driver.kind === 'sqlite') {
    const statementClass = Object.getPrototypeOf(driver.connection.prepare('select 1')) as Record<string, unknown>;
    for (const name of SQLITE_RUNNERS) {
      patch(statementClass, name, (self) => (self as { source: string }).source);
    }
  } else {
    patch(pg.Client.prototype as unknown as Record<string, unknown>, 'query', (_self, [query]) =>
      typeof query === 'string' ? query : String((query as { text?: unknown }).text),
    );
  }
  return {
    get sql() {
      return [...sql];
    },
    stop: () => {
      restores.reverse().forEach((restore) => {
        restore();
      });
    },
  };
}
