import { sqliteFileOf } from '../create-database.js';
import type { AppDatabase } from '../database-schema.js';
import type { Executor } from '../executor.js';
import {
  chainAfter,
  isSeqConflict,
  MAX_CHAIN_ATTEMPTS,
  unplacedContent,
  type ChainHead,
  type UnplacedContent,
} from './audit-chain.js';
import type { AuditKey } from './audit-hash.js';
import { toAuditRecord, type AuditEventInput, type AuditEventRecord } from './audit-record.js';
import { kyselyAuditSink, type AuditSink } from './audit-sink.js';
import { SqliteWorkerAuditSink } from './sqlite-audit-sink.js';

/** Tuning for {@link AuditWriter}. */
export interface AuditWriterOptions {
  /** Most rows in one insert; a longer queue is written in several batches, one after another. */
  readonly maxBatch?: number;
  /** Where batches are written; the database handle itself when omitted. */
  readonly sink?: AuditSink;
}

/** Rows per insert: 17 columns × 128 stays far below both databases' limits on bound parameters. */
export const AUDIT_MAX_BATCH = 128;

interface Pending {
  readonly content: UnplacedContent;
  readonly resolve: (record: AuditEventRecord) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit for the audit rows of reads (decision 0013). `append` queues a row and resolves
 * only once the row is committed (durable: SQLite runs with `synchronous=FULL`), so a read that
 * awaits it is never answered before its audit row is on disk, and a crash before the commit
 * means no answer was sent. Rows queued during one event-loop turn are chained and inserted
 * together in ONE statement (its own transaction, one fsync, one round trip); while that batch
 * is in flight the next one fills up.
 *
 * No lock is held across anyone's round trips: the writer remembers the head it last committed,
 * and `seq` is the primary key, so if another appender (a write's in-transaction row, another app
 * instance) took those seqs, the insert fails as a whole, the writer re-reads the head and chains
 * the same rows again. Any other failure wrote nothing (one statement); the rows are then tried
 * one by one so that only a row the database refuses fails its request. A row that did commit
 * cannot be written twice: its id is unique.
 *
 * Writes do not use the writer: their row commits in the write's own transaction (`appendAudit`).
 */
export class AuditWriter {
  readonly #sink: AuditSink;
  readonly #key: AuditKey;
  readonly #maxBatch: number;
  #queue: Pending[] = [];
  /** The head this writer last committed or read; null when it must be read again. */
  #head: ChainHead | null = null;
  #scheduled = false;
  #draining: Promise<void> | null = null;
  #closed = false;
  #batches = 0;

  /**
   * @param db - The database handle (not a transaction: each batch commits on its own).
   * @param key - The audit key (never stored in the database).
   * @param options - Batch size and sink.
   */
  constructor(db: Executor, key: AuditKey, options: AuditWriterOptions = {}) {
    this.#sink = options.sink ?? kyselyAuditSink(db);
    this.#key = key;
    this.#maxBatch = Math.max(1, options.maxBatch ?? AUDIT_MAX_BATCH);
  }

  /**
   * Queues one row for the next batch.
   *
   * @param event - What happened.
   * @returns The stored row, once its batch has committed.
   * @throws Error after {@link close}, or the database's error when the batch could not commit.
   */
  append(event: AuditEventInput): Promise<AuditEventRecord> {
    if (this.#closed) {
      return Promise.reject(new Error('the audit writer is closed'));
    }
    const content = unplacedContent(event);
    return new Promise((resolve, reject) => {
      this.#queue.push({ content, resolve, reject });
      this.#schedule();
    });
  }

  /**
   * Writes everything queued so far.
   *
   * @returns When every row queued before the call has committed or failed.
   */
  async flush(): Promise<void> {
    while (this.#queue.length > 0 || this.#draining !== null) {
      await (this.#draining ?? this.#drain());
    }
  }

  /**
   * Refuses new rows, writes the queued ones and closes the sink (server shutdown).
   *
   * @returns When the queue is empty.
   */
  async close(): Promise<void> {
    if (this.#closed) {
      return;
    }
    this.#closed = true;
    await this.flush();
    await this.#sink.close();
  }

  /** How many batches have committed so far (for tests and the benchmark). */
  get batches(): number {
    return this.#batches;
  }

  #schedule(): void {
    if (this.#scheduled || this.#draining !== null) {
      // A batch in flight drains the queue again when it ends.
      return;
    }
    this.#scheduled = true;
    // One batch per event-loop turn: every request that reached its audit step in this turn joins.
    setImmediate(() => {
      this.#scheduled = false;
      if (this.#draining === null) {
        void this.#drain();
      }
    });
  }

  #drain(): Promise<void> {
    const draining = (async () => {
      while (this.#queue.length > 0) {
        const batch = this.#queue.splice(0, this.#maxBatch);
        await this.#write(batch);
      }
    })().finally(() => {
      this.#draining = null;
      // A row queued between the loop's last check and now still needs its batch.
      if (this.#queue.length > 0) {
        this.#schedule();
      }
    });
    this.#draining = draining;
    return draining;
  }

  async #write(batch: readonly Pending[]): Promise<void> {
    const contents = batch.map((pending) => pending.content);
    try {
      for (let attempt = 1; attempt <= MAX_CHAIN_ATTEMPTS; attempt += 1) {
        const head = this.#head ?? (await this.#sink.readHead());
        const rows = chainAfter(this.#key, head, contents);
        try {
          // One commit: all the rows or none of them.
          await this.#sink.insert(rows);
        } catch (error) {
          this.#head = null;
          if (isSeqConflict(error)) {
            continue;
          }
          throw error;
        }
        const last = rows[rows.length - 1];
        this.#head = last === undefined ? head : { seq: last.seq, hash: last.hash };
        this.#batches += 1;
        rows.forEach((row, index) => batch[index]?.resolve(toAuditRecord(row)));
        return;
      }
      throw new Error(`audit append lost the race for a seq ${MAX_CHAIN_ATTEMPTS} times`);
    } catch (error) {
      if (batch.length > 1) {
        // One refused row (a broken constraint) must not fail its neighbours' requests: the
        // statement wrote nothing, so write each row on its own and let only the bad one fail.
        for (const pending of batch) {
          await this.#write([pending]);
        }
        return;
      }
      for (const pending of batch) {
        pending.reject(error);
      }
    }
  }
}

/**
 * The writer an app should use: on a SQLite file, batches commit on a worker thread with its own
 * connection, so the fsync does not stop the event loop; on PostgreSQL (and `:memory:`), on the
 * handle itself.
 *
 * @param db - The app's database handle.
 * @param key - The audit key.
 * @param options - Batch size.
 * @returns The writer; `close()` it on shutdown.
 */
export function createAuditWriter(
  db: AppDatabase,
  key: AuditKey,
  options: Omit<AuditWriterOptions, 'sink'> = {},
): AuditWriter {
  const file = sqliteFileOf(db);
  return new AuditWriter(db, key, file === null ? options : { ...options, sink: new SqliteWorkerAuditSink(file) });
}
