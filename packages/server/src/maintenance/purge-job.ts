import { purgeExpired, type AppDatabase, type PurgeCounts } from '@kratom-care/store';
import type { App } from '../app-types.js';
import type { Clock } from '../auth/clock.js';
import { OTHERS_IDLE_MS } from '../auth/session-resolver.js';
import { retireSetupToken } from '../auth/setup-link.js';
import type { AppLogger } from '../request-logging.js';

/** How often each instance purges. Every instance runs the job; the deletes do not mind company. */
export const PURGE_EVERY_MS = 10 * 60 * 1000;

/** Idempotency answers are replayed for 48 hours (SECURITY.md RL-03 asks for at least 24). */
export const IDEMPOTENCY_RETENTION_MS = 48 * 60 * 60 * 1000;

/** Rows per delete statement, and statements per table per run: a run holds no long lock and ends soon. */
const BATCH_SIZE = 500;
const MAX_BATCHES = 20;

export interface PurgeJobOptions {
  readonly db: AppDatabase;
  readonly clock: Clock;
  readonly log: AppLogger;
  /** Time between the end of one run and the start of the next. */
  readonly everyMs: number;
  /** For the delay before the first run, in [0, 1); tests pin it. */
  readonly random?: () => number;
}

/** A running purge job. */
export interface PurgeJob {
  /** Runs one purge now (also what the timer does). */
  runOnce(): Promise<PurgeCounts>;
  /** Cancels the timer and waits for a run in progress, so the database can close after it. */
  stop(): Promise<void>;
}

/**
 * Deletes what has expired: sessions past their absolute or longest idle timeout, single-use
 * tokens (invitations, password resets), idempotency answers older than
 * {@link IDEMPOTENCY_RETENTION_MS}, rate-limit windows, remembered TOTP codes, and the setup nonce
 * once an admin exists.
 *
 * @param db - The database.
 * @param clock - Now.
 * @returns Rows deleted per table.
 */
export async function purgeOnce(db: AppDatabase, clock: Clock): Promise<PurgeCounts> {
  const now = clock();
  const counts = await purgeExpired(
    db,
    {
      now,
      sessionIdleBefore: new Date(now.getTime() - OTHERS_IDLE_MS),
      idempotencyBefore: new Date(now.getTime() - IDEMPOTENCY_RETENTION_MS),
    },
    { batchSize: BATCH_SIZE, maxBatches: MAX_BATCHES },
  );
  await retireSetupToken(db);
  return counts;
}

/**
 * Starts the periodic purge. The first run comes at a random point within the first interval, so
 * instances started together do not purge in step; each next run is scheduled when the last ends,
 * so runs never overlap. The timer is unref'd: it never keeps the process alive. A failed run is
 * logged and the next one tried as usual.
 *
 * @param options - Database, clock, logger and interval.
 * @returns The job.
 */
export function startPurgeJob(options: PurgeJobOptions): PurgeJob {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;

  const runOnce = (): Promise<PurgeCounts> => {
    const run = purgeOnce(options.db, options.clock);
    running = run.catch(() => undefined);
    return run;
  };
  const schedule = (delayMs: number): void => {
    if (stopped) {
      return;
    }
    timer = setTimeout(() => {
      runOnce()
        .then((counts) => {
          if (Object.values(counts).some((count) => count > 0)) {
            options.log.info({ purged: counts }, 'purged expired rows');
          }
        })
        .catch((error: unknown) => {
          options.log.error({ err: error }, 'purging expired rows failed; the next run will try again');
        })
        .finally(() => {
          schedule(options.everyMs);
        });
    }, delayMs);
    timer.unref();
  };

  schedule(Math.floor((options.random ?? Math.random)() * options.everyMs));
  return {
    runOnce,
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/**
 * Runs the purge job while the app is up: it starts when the app is ready and stops when it closes.
 *
 * @param app - The app.
 * @param options - Database, clock and interval (0 turns the job off).
 */
export function registerPurgeJob(app: App, options: Omit<PurgeJobOptions, 'log'>): void {
  if (options.everyMs <= 0) {
    return;
  }
  let job: PurgeJob | undefined;
  app.addHook('onReady', (done) => {
    job = startPurgeJob({ ...options, log: app.logger });
    done();
  });
  app.addHook('onClose', async () => {
    await job?.stop();
  });
}
