import type { App } from '../app-types.js';
import { createApp } from '../app.js';
import type { AppConfig } from '../config.js';
import type { LogStream } from '../request-logging.js';

/**
 * A config for in-process tests: loopback, ephemeral port, nothing logged. The secrets are set (and
 * obviously fictional) because the data folder does not exist, so no keys file can be generated;
 * secrets/server-secrets.test.ts covers the keys file.
 */
export const TEST_CONFIG: AppConfig = {
  port: 0,
  host: '127.0.0.1',
  dataDir: '/nonexistent/kratom-care-test-data',
  logLevel: 'silent',
  nodeEnv: 'test',
  authSecret: 'kratom-care-test-auth-secret-not-for-production',
  auditKey: Buffer.from('kratom-care test audit key #0000').toString('base64'),
};

/**
 * Builds a ready app for `inject()` tests, with no database and no web UI unless asked.
 *
 * @param overrides - Replace the web root, or capture logs with a stream (level `debug`, so access lines are written).
 * @returns The ready app; close it in `afterAll`.
 */
export async function buildTestApp(overrides: { webRoot?: string; logStream?: LogStream } = {}): Promise<App> {
  const config: AppConfig = overrides.logStream === undefined ? TEST_CONFIG : { ...TEST_CONFIG, logLevel: 'debug' };
  const app = await createApp({
    config,
    webRoot: overrides.webRoot ?? null,
    ...(overrides.logStream === undefined ? {} : { logStream: overrides.logStream }),
  });
  await app.ready();
  return app;
}
