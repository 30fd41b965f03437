import { dialectOf, migrateToLatest, type AppDatabase } from '@kratom-care/store';
import { createBetterAuth, type AuthLogger, type BetterAuth } from '../auth/better-auth.js';
import { publicUrlOf } from '../auth/identity.js';
import { createMemoryOutbox } from '../auth/mailer.js';
import { ConfigError, loadConfig, type AppConfig } from '../config.js';
import { openDatabase } from '../open-database.js';
import { loadServerSecrets } from '../secrets/server-secrets.js';
import { CliError, EXIT_USAGE, type CliIo } from './io.js';

/** The configuration and open database a command works on; `close()` when done. */
export interface CliContext {
  readonly config: AppConfig;
  readonly db: AppDatabase;
  readonly io: CliIo;
  close(): Promise<void>;
}

/**
 * Reads the same environment as the server (`DATA_DIR`, `DATABASE_URL`, `AUTH_SECRET`, ...) and
 * opens its database, migrated to the latest schema.
 *
 * @param io - The CLI's surroundings.
 * @param options - `migrate: false` to open without migrating (the `migrate` command does it itself).
 * @returns The context.
 */
export async function openCliContext(io: CliIo, options: { migrate?: boolean } = {}): Promise<CliContext> {
  let config: AppConfig;
  try {
    config = loadConfig(io.env, io.cwd);
  } catch (error) {
    if (error instanceof ConfigError) {
      throw new CliError(error.message, EXIT_USAGE);
    }
    throw error;
  }
  const db = openDatabase(config);
  try {
    if (options.migrate !== false) {
      await migrateToLatest(db);
    }
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { config, db, io, close: () => db.destroy() };
}

function stderrLogger(io: CliIo): AuthLogger {
  const write = (_details: object, message: string): void => {
    io.stderr.write(`${message}\n`);
  };
  const quiet = (): void => undefined;
  return { debug: quiet, info: quiet, warn: write, error: write };
}

/**
 * better-auth on the CLI's database, with the server's secret, for creating users with the same
 * password hashing as sign-up.
 *
 * @param context - The CLI context.
 * @returns The better-auth instance.
 */
export async function cliAuth(context: CliContext): Promise<BetterAuth> {
  const { authSecret: secret } = await loadServerSecrets(context.config, context.db);
  return createBetterAuth({
    db: context.db,
    dialect: dialectOf(context.db),
    secret,
    publicUrl: publicUrlOf(context.config),
    secureCookies: context.config.nodeEnv === 'production',
    mailer: createMemoryOutbox(),
    log: stderrLogger(context.io),
  });
}
