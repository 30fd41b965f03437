import { createHash } from 'node:crypto';
import { CompiledQuery, type Compilable } from 'kysely';
import { runDirect } from './direct-driver.js';
import { dialectOf, type Executor } from './executor.js';

/**
 * A query of the hot path, built with Kysely once per shape and then reused: only the values
 * change from one call to the next. Building and compiling a Kysely query costs far more CPU than
 * running it (a patient read's two queries took 5–10× longer to build than to run on SQLite), so
 * the queries every request makes are compiled once, not per request.
 *
 * The builder is called with placeholder strings in place of the arguments and must use each only
 * as a value (Kysely turns values into bound parameters); anything that changes the SQL text goes
 * into the `shape` key instead.
 *
 * On PostgreSQL the statement is also prepared once per connection (a named statement): planning
 * the hot path's queries took about five times longer than running them (EXPLAIN ANALYZE: 0.24–0.31
 * ms against 0.06 ms), and a prepared statement is planned once. node-postgres accepts a query
 * config object where Kysely passes the SQL text.
 *
 * On the database handle itself (not a transaction) the statement runs on the driver directly
 * (`direct-driver.ts`): Kysely's executor cost about as much CPU as the statements it ran.
 */
export class QueryTemplate<O> {
  readonly #build: (executor: Executor, args: readonly string[]) => Compilable<O>;
  readonly #cache = new Map<
    string,
    { readonly sql: string; readonly slots: readonly (number | { value: unknown })[] }
  >();

  /** @param build - Builds the query from placeholder arguments. */
  constructor(build: (executor: Executor, args: readonly string[]) => Compilable<O>) {
    this.#build = build;
  }

  /**
   * Runs the query.
   *
   * @param executor - Database or transaction.
   * @param shape - What else decides the SQL text (flags, row counts); the dialect is added here.
   * @param args - The values, in the order the builder reads them.
   * @returns The rows.
   * @throws Error when the builder put an argument into the SQL text instead of a parameter.
   */
  async execute(executor: Executor, shape: string, args: readonly unknown[]): Promise<O[]> {
    const key = `${dialectOf(executor)}:${shape}`;
    let compiled = this.#cache.get(key);
    if (compiled === undefined) {
      const markers = args.map((_, index) => `\u0000kc-arg-${index}\u0000`);
      const built = this.#build(executor, markers).compile();
      if (markers.some((marker) => built.sql.includes(marker))) {
        throw new Error('a query template argument ended up in the SQL text');
      }
      compiled = {
        sql: dialectOf(executor) === 'postgres' ? namedStatement(built.sql) : built.sql,
        slots: built.parameters.map((value) => {
          const index = markers.indexOf(value as string);
          return index === -1 ? { value } : index;
        }),
      };
      this.#cache.set(key, compiled);
    }
    const parameters = compiled.slots.map((slot) => (typeof slot === 'number' ? args[slot] : slot.value));
    const direct = runDirect<O>(executor, compiled.sql, parameters);
    if (direct !== null) {
      return direct;
    }
    const result = await executor.executeQuery<O>(CompiledQuery.raw(compiled.sql, parameters));
    return result.rows;
  }
}

/**
 * The SQL text as a node-postgres query config that names a prepared statement (a plain object:
 * node-postgres copies the config's own properties on every query). `toString()` gives the text
 * back to anything that reads the SQL. The name is a hash of the text, so two texts never share a
 * name on one connection.
 */
export function namedStatement(sql: string): string {
  const name = `kc_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`;
  return { name, text: sql, toString: () => sql } as unknown as string;
}
