import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Selectable } from 'kysely';
import { SQLITE_BUSY_TIMEOUT_MS } from '../create-database.js';
import type { AuditEventTable } from '../schema/app-tables.js';
import { GENESIS_HEAD, type ChainHead } from './audit-chain.js';
import { AUDIT_COLUMNS as COLUMNS, type AuditSink } from './audit-sink.js';

type Call = { readonly op: 'head' } | { readonly op: 'insert'; readonly json: string } | { readonly op: 'close' };
type Reply =
  | { readonly id: number; readonly ok: true; readonly head?: ChainHead | null }
  | { readonly id: number; readonly ok: false; readonly message: string; readonly code?: string };

/**
 * The worker's whole program, run from source (`eval`), so the same code serves the TypeScript
 * sources under test and the built package. It owns a second connection to the database file,
 * opened as the app's is (WAL, synchronous=FULL, busy timeout), and writes each batch as one
 * transaction: one fsync, on this thread instead of the event loop's.
 */
function auditWorkerMain(): void {
  /* eslint-disable -- runs inside the worker from its source text, where only `require` exists */
  const { parentPort, workerData } = require('node:worker_threads');
  const Database = require(workerData.driver);
  const db = new Database(workerData.file, { timeout: workerData.busyTimeoutMs });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma(`busy_timeout = ${workerData.busyTimeoutMs}`);
  const columns: string[] = workerData.columns;
  const head = db.prepare('select seq, hash from audit_event order by seq desc limit 1');
  // Positional parameters: binding 17 values by name costs a lookup each, about a quarter of a row's insert in isolation.
  const insertOne = db.prepare(
    `insert into audit_event (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
  );
  const insertAll = db.transaction((rows: unknown[][]) => {
    for (const row of rows) {
      insertOne.run(row);
    }
  });
  parentPort.on('message', (message: any) => {
    try {
      if (message.op === 'head') {
        parentPort.postMessage({ id: message.id, ok: true, head: head.get() ?? null });
      } else if (message.op === 'insert') {
        insertAll(JSON.parse(message.json));
        parentPort.postMessage({ id: message.id, ok: true });
      } else {
        db.close();
        parentPort.postMessage({ id: message.id, ok: true });
      }
    } catch (error: any) {
      parentPort.postMessage({ id: message.id, ok: false, message: String(error?.message), code: error?.code });
    }
  });
  /* eslint-enable */
}

/**
 * The group commit's sink for a SQLite file: better-sqlite3 is synchronous, so a commit on the
 * app's connection would stop the event loop for a whole fsync (1–10 ms on the development VM),
 * and every request with it. A worker thread with its own connection commits instead; the event
 * loop keeps serving while the disk syncs, and the next batch fills up meanwhile. The app's own
 * connection still writes (the writes, with their audit rows); SQLite lets one writer in at a
 * time and each waits for the other up to the busy timeout.
 */
export class SqliteWorkerAuditSink implements AuditSink {
  readonly #worker: Worker;
  readonly #pending = new Map<number, { resolve: (reply: Reply) => void; reject: (error: unknown) => void }>();
  #next = 1;

  /** @param file - The SQLite database file (not `:memory:`, which no second connection can open). */
  constructor(file: string) {
    const require = createRequire(import.meta.url);
    this.#worker = new Worker(`(${auditWorkerMain.toString()})()`, {
      eval: true,
      workerData: {
        driver: require.resolve('better-sqlite3'),
        file,
        busyTimeoutMs: SQLITE_BUSY_TIMEOUT_MS,
        columns: COLUMNS,
      },
    });
    this.#worker.unref();
    this.#worker.on('message', (reply: Reply) => {
      const pending = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      this.#idleCheck();
      pending?.resolve(reply);
    });
    this.#worker.on('error', (error) => {
      this.#failAll(error);
    });
    this.#worker.on('exit', () => {
      this.#failAll(new Error('the audit worker stopped'));
    });
  }

  async readHead(): Promise<ChainHead> {
    const reply = await this.#call({ op: 'head' });
    return reply.ok && reply.head !== undefined && reply.head !== null ? reply.head : GENESIS_HEAD;
  }

  async insert(rows: readonly Selectable<AuditEventTable>[]): Promise<void> {
    // One string crosses to the worker far cheaper than a structured clone of every row object.
    await this.#call({ op: 'insert', json: JSON.stringify(rows.map((row) => COLUMNS.map((column) => row[column]))) });
  }

  async close(): Promise<void> {
    await this.#call({ op: 'close' }).catch(() => undefined);
    await this.#worker.terminate();
  }

  async #call(request: Call): Promise<Reply> {
    const id = this.#next;
    this.#next += 1;
    const reply = await new Promise<Reply>((resolve, reject) => {
      // Keep the process alive while a batch is on its way to disk, not while the worker idles.
      this.#worker.ref();
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ ...request, id });
    });
    if (!reply.ok) {
      throw Object.assign(new Error(reply.message), reply.code === undefined ? {} : { code: reply.code });
    }
    return reply;
  }

  #idleCheck(): void {
    if (this.#pending.size === 0) {
      this.#worker.unref();
    }
  }

  #failAll(error: unknown): void {
    for (const pending of this.#pending.values()) {
      pending.reject(error);
    }
    this.#pending.clear();
  }
}
