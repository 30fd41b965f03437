import { createScratchDatabase, type ScratchDatabase, type ScratchTarget } from '@kratom-care/store';
import type { App } from '../app-types.js';
import { createApp } from '../app.js';
import { createMemoryOutbox } from '../auth/mailer.js';
import type { AuthLimits } from '../auth/rate-limits.js';
import type { AppConfig } from '../config.js';
import { TEST_CONFIG } from '../test/build-test-app.js';
import { TestClock } from '../test/test-clock.js';

/** The auth secret both in-process instances share, as several real instances must (README). */
export const SHARED_TEST_SECRET = 'a fictional shared secret for two test instances';

/** Two apps on one scratch database: in-process stand-ins for two instances behind a proxy. */
export interface AppPair {
  readonly a: App;
  readonly b: App;
  readonly scratch: ScratchDatabase;
  readonly clock: TestClock;
  /** Closes both apps and drops the database. */
  close(): Promise<void>;
}

/**
 * Builds two apps that share nothing but the database and the configuration, like two processes.
 *
 * @param target - Which database.
 * @param options - Rate limits and config overrides for both.
 * @returns The pair; call `close()` when done.
 */
export async function buildAppPair(
  target: ScratchTarget,
  options: { readonly limits?: Partial<AuthLimits>; readonly config?: Partial<AppConfig> } = {},
): Promise<AppPair> {
  const scratch = await createScratchDatabase(target);
  const clock = new TestClock();
  const build = async (): Promise<App> => {
    const app = await createApp({
      config: { ...TEST_CONFIG, authSecret: SHARED_TEST_SECRET, ...options.config },
      db: scratch.db,
      clock: clock.now,
      mailer: createMemoryOutbox(),
      ...(options.limits === undefined ? {} : { authLimits: options.limits }),
    });
    await app.ready();
    return app;
  };
  const a = await build();
  const b = await build();
  return {
    a,
    b,
    scratch,
    clock,
    close: async () => {
      await a.close();
      await b.close();
      await scratch.dispose();
    },
  };
}
