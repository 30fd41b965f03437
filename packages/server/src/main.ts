import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrateToLatest, type AppDatabase } from '@kratom-care/store';
import { createApp, type App } from './app.js';
import { issueSetupToken, publicUrlOf, setupLink, systemClock } from './auth/index.js';
import { seedDemoNetwork } from './care-network/seed-demo-network.js';
import { loadConfig, type AppConfig } from './config.js';
import { backfillPatientMonitoring } from './monitoring/monitoring-backfill.js';
import { databaseConfigOf, openDatabase } from './open-database.js';

/** A stuck request must not keep a stopping server alive forever (SECURITY.md F21: exit within 25 s). */
const SHUTDOWN_DEADLINE_MS = 20_000;

/** The built UI sits next to the server package: packages/web/dist. */
function findWebRoot(): string | null {
  const webRoot = fileURLToPath(new URL('../../web/dist/', import.meta.url));
  return existsSync(join(webRoot, 'index.html')) ? webRoot : null;
}

/** One JSON line on stderr, for failures that happen before the logger exists. */
function logFatal(message: string, error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${JSON.stringify({ level: 60, time: Date.now(), msg: message, err: detail })}\n`);
}

function handleSignals(app: App, db: AppDatabase): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      return;
    }
    stopping = true;
    app.logger.info({ signal }, 'shutting down: draining requests');
    setTimeout(() => {
      app.logger.error('shutdown deadline passed; exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    // close() stops accepting connections and waits for in-flight requests before resolving.
    app
      .close()
      .then(() => db.destroy())
      .then(() => {
        app.logger.info('stopped');
        process.exit(0);
      })
      .catch((error: unknown) => {
        app.logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

/**
 * There are no default credentials: while no admin exists, every start prints the one-time link
 * that creates the first admin (or use `kratom-care user create --role admin`). Every instance
 * prints the same link until it is used.
 */
async function announceSetupLink(app: App, db: AppDatabase, config: AppConfig): Promise<void> {
  const token = await issueSetupToken(db, systemClock, app.identity.secret);
  if (token !== null) {
    app.logger.warn(
      { setupLink: setupLink(publicUrlOf(config), token) },
      'no admin account yet: open this one-time link to create the first admin and facility',
    );
  }
}

/**
 * Once per rules version, the monitoring summaries of records written before them (decision 0024),
 * while the server already answers: on a large database it takes minutes, and every write keeps its
 * own patient's summary current meanwhile.
 */
function backfillInBackground(app: App, db: AppDatabase): void {
  backfillPatientMonitoring(db, systemClock, app.monitoringSettings).then(
    (summaries) => {
      if (summaries > 0) {
        app.logger.info({ summaries }, 'monitoring summaries computed');
      }
    },
    (error: unknown) => {
      // Stopping the server mid-way ends it; the next start finishes it (no mark was written).
      app.logger.warn({ err: error }, 'monitoring summaries not all computed; the next start continues');
    },
  );
}

/**
 * On the first start of an empty database, the fictional demo network, so the finder shows something at
 * once (issue 11 §1); `DEMO_NETWORK=off` disables it, `kratom-care demo-network remove` takes it out.
 * Here and not in `createApp`, so tests' apps start empty.
 */
async function loadDemoNetwork(app: App, db: AppDatabase, config: AppConfig): Promise<void> {
  const seeding = await seedDemoNetwork(db, { enabled: config.demoNetwork !== false, now: systemClock() });
  if (seeding === 'seeded') {
    app.logger.info(
      'demo network loaded: fictional facilities marked (demo); remove it with "kratom-care demo-network remove"',
    );
  }
}

async function main(): Promise<void> {
  const config = loadConfig(process.env, process.cwd());
  const db = openDatabase(config, (error) => {
    logFatal('an idle database connection failed; the pool will replace it', error);
  });
  let app: App | undefined;
  try {
    const applied = await migrateToLatest(db);
    const webRoot = findWebRoot();
    app = await createApp({ config, db, webRoot });
    app.logger.info(
      { database: databaseConfigOf(config).kind, dataDir: config.dataDir, migrationsApplied: applied },
      'database ready',
    );
    // Operators must back the keys up separately from the database (decision 0012), so say where they are.
    app.logger.info(
      { keysFile: app.identity.keysFile, auditKeyId: app.identity.auditKey.id },
      app.identity.keysFile === null
        ? 'keys from AUTH_SECRET and AUDIT_KEY'
        : 'keys from the keys file: back it up separately from the database',
    );
    await loadDemoNetwork(app, db, config);
    await announceSetupLink(app, db, config);
    if (webRoot === null) {
      app.logger.warn('web UI not built (packages/web/dist); serving the API only');
    }
    handleSignals(app, db);
    const address = await app.listen({ port: config.port, host: config.host });
    app.logger.info({ address }, 'listening');
    backfillInBackground(app, db);
  } catch (error) {
    await app?.close();
    await db.destroy();
    throw error;
  }
}

main().catch((error: unknown) => {
  logFatal('kratom-care failed to start', error);
  process.exit(1);
});
