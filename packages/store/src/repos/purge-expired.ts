import { sql, type RawBuilder } from 'kysely';
import { dialectOf, type Executor } from '../executor.js';

/** The moments before which rows are dead. Every one is an instant; the store formats it per database. */
export interface PurgeCutoffs {
  /** Now: rate-limit windows, TOTP memories, sessions and single-use tokens that ended by now. */
  readonly now: Date;
  /** Sessions untouched since this instant are past every idle timeout. */
  readonly sessionIdleBefore: Date;
  /** Idempotency answers stored before this instant are no longer replayed. */
  readonly idempotencyBefore: Date;
}

/** What one run deleted, per table. */
export type PurgeCounts = Record<PurgeTable, number>;

interface PurgeTarget {
  /** The primary key, so a batch can name its rows. */
  readonly key: readonly string[];
  /** Which rows are dead. `time` formats an instant as the column stores it. */
  readonly dead: (cutoffs: PurgeCutoffs, time: (at: Date) => Date | string) => RawBuilder<unknown>;
}

/**
 * Every table the purge job empties, and how it tells a dead row. better-auth's tables keep times as
 * `timestamptz` on PostgreSQL and ISO text on SQLite; ours are ISO text on both.
 */
const PURGE_TARGETS = {
  session: {
    key: ['id'],
    dead: (c, time) => sql`"expiresAt" < ${time(c.now)} or "updatedAt" < ${time(c.sessionIdleBefore)}`,
  },
  // Password-reset, invitation and two-factor tokens.
  verification: { key: ['id'], dead: (c, time) => sql`"expiresAt" < ${time(c.now)}` },
  idempotency_key: { key: ['user_id', 'key'], dead: (c) => sql`created_at < ${c.idempotencyBefore.toISOString()}` },
  rate_limit_counter: { key: ['key'], dead: (c) => sql`window_ends_at <= ${c.now.toISOString()}` },
  totp_code_use: { key: ['user_id', 'code'], dead: (c) => sql`expires_at <= ${c.now.toISOString()}` },
} as const satisfies Record<string, PurgeTarget>;

/** The tables {@link purgeExpired} deletes from. */
export type PurgeTable = keyof typeof PURGE_TARGETS;

/**
 * Deletes one bounded batch of dead rows from a table. Safe on every instance at once: rows are
 * chosen by expiry alone, so a repeated delete finds nothing, and on PostgreSQL rows another
 * instance is deleting are skipped rather than waited for (no lock waits, no deadlocks).
 */
async function purgeBatch(
  executor: Executor,
  table: PurgeTable,
  cutoffs: PurgeCutoffs,
  limit: number,
): Promise<number> {
  const target: PurgeTarget = PURGE_TARGETS[table];
  const postgres = dialectOf(executor) === 'postgres';
  const time = (at: Date): Date | string => (postgres ? at : at.toISOString());
  const key = sql.join(target.key.map((column) => sql.ref(column)));
  const keyTuple = target.key.length === 1 ? key : sql`(${key})`;
  const lock = postgres ? sql` for update skip locked` : sql``;
  const result = await sql`delete from ${sql.table(table)} where ${keyTuple} in (
      select ${key} from ${sql.table(table)} where ${target.dead(cutoffs, time)} limit ${limit}${lock})`.execute(
    executor,
  );
  return Number(result.numAffectedRows ?? 0n);
}

/**
 * Deletes dead rows from every table in {@link PURGE_TARGETS}, `batchSize` rows per statement and at
 * most `maxBatches` statements per table, so one run holds no long lock and ends in bounded time;
 * what is left waits for the next run.
 *
 * @param executor - The database (each batch commits on its own).
 * @param cutoffs - What counts as dead.
 * @param limits - Rows per statement and statements per table.
 * @returns Rows deleted per table.
 */
export async function purgeExpired(
  executor: Executor,
  cutoffs: PurgeCutoffs,
  limits: { readonly batchSize: number; readonly maxBatches: number },
): Promise<PurgeCounts> {
  const counts = {} as PurgeCounts;
  for (const table of Object.keys(PURGE_TARGETS) as PurgeTable[]) {
    let deleted = 0;
    for (let batch = 0; batch < limits.maxBatches; batch += 1) {
      const rows = await purgeBatch(executor, table, cutoffs, limits.batchSize);
      deleted += rows;
      if (rows < limits.batchSize) {
        break;
      }
    }
    counts[table] = deleted;
  }
  return counts;
}
