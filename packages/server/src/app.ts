import fastifySwagger from '@fastify/swagger';
import type { AppDatabase } from '@kratom-care/store';
import Fastify from 'fastify';
import { jsonSchemaTransform, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { App } from './app-types.js';
import { registerAuth, systemClock, type AuthLimits, type Clock, type Mailer } from './auth/index.js';
import { registerRouteAccess } from './auth/route-access.js';
import { registerAuditWriter } from './audit/audit-writer.js';
import type { AppConfig } from './config.js';
import { registerConnectionDraining } from './connection-draining.js';
import { clientErrorHandler } from './client-error.js';
import { frameworkErrorHandler, registerErrorHandling } from './error-handler.js';
import { PURGE_EVERY_MS, registerPurgeJob } from './maintenance/purge-job.js';
import { monitoringSettingsFrom } from './monitoring/monitoring-settings.js';
import { registerJsonBodyParser } from './json-body-parser.js';
import { createLogger, registerRequestLogging, type LogStream } from './request-logging.js';
import { registerInquirySettings } from './routes/inquiries/inquiry-settings.js';
import { registerRoutes } from './routes/index.js';
import { computeSecurityHeaders, registerSecurityHeaders } from './security-headers.js';
import { zodValidatorCompiler } from './validation.js';
import { registerWebUi, spaFallback } from './web-ui.js';

/** The largest JSON body accepted, in bytes (SECURITY.md IV-02). */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** Everything the app needs, passed in: no module-level state, so tests build as many apps as they like. */
export interface AppDeps {
  readonly config: AppConfig;
  /** Where JSON log lines go; stdout when omitted. Nothing is logged when omitted and the level is `silent`. */
  readonly logStream?: LogStream;
  /** Absolute path of the built web UI (`packages/web/dist`); null or omitted serves the API only. */
  readonly webRoot?: string | null;
  /** The open, migrated database. Without it the app serves only the public, stateless routes. */
  readonly db?: AppDatabase;
  /** Where the server reads the time (session timeouts, token expiry); the real clock when omitted. */
  readonly clock?: Clock;
  /** Sends reset and invitation links; the development outbox (logs the link) when omitted. */
  readonly mailer?: Mailer;
  /** Overrides for the auth rate limits (tests use small numbers). */
  readonly authLimits?: Partial<AuthLimits>;
  /** How often the purge job deletes expired rows (maintenance/purge-job.ts); 0 turns it off. */
  readonly purgeEveryMs?: number;
}

/**
 * Builds the Fastify app: security headers, JSON-only bodies up to 1 MB, zod validation, the one
 * error handler, the OpenAPI document, the API routes and, when given, the web UI.
 *
 * @param deps - Configuration and collaborators.
 * @returns The app, not yet listening; call `listen()` or use `inject()`.
 */
export async function createApp(deps: AppDeps): Promise<App> {
  const webRoot = deps.webRoot ?? null;
  const securityHeaders = await computeSecurityHeaders();
  const app: App = Fastify({
    // Fastify's own logger builds a child logger and response listeners for every request; ours is
    // called only when something is logged (docs/decisions/0006).
    logger: false,
    bodyLimit: BODY_LIMIT_BYTES,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    frameworkErrors: frameworkErrorHandler(securityHeaders.api),
    // Node's parse errors (bad request line, oversized headers) never reach a hook.
    clientErrorHandler: clientErrorHandler(securityHeaders.api),
    // See connection-draining.ts: requests that arrive while closing are served, not refused.
    return503OnClosing: false,
    // X-Forwarded-For is believed only from configured proxies, so a client cannot pick its own
    // address and reset the per-IP rate limits (SECURITY.md AU-03).
    trustProxy: deps.config.trustedProxy ?? false,
  }).withTypeProvider<ZodTypeProvider>();

  registerRequestLogging(app, createLogger(deps.config, deps.logStream));
  app.decorate('monitoringSettings', monitoringSettingsFrom(deps.config.monitoring));
  registerInquirySettings(app, deps.config);
  app.setValidatorCompiler(zodValidatorCompiler);
  // Handlers are type-checked against the response schemas, so responses are not re-validated at
  // runtime: zod's encode tripled serialization time. The schemas still document every response.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  // JSON is the only body type the API takes; anything else is answered 415.
  app.removeContentTypeParser('text/plain');
  registerJsonBodyParser(app);

  registerSecurityHeaders(app, securityHeaders);
  // Before any route: every /api route not listed public answers 401 before it parses anything.
  registerRouteAccess(app);
  registerConnectionDraining(app);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'kratom-care API',
        description: 'Instrument definitions and scoring. Scores inform; they never prescribe.',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  registerErrorHandling(app, spaFallback(webRoot));
  if (webRoot !== null) {
    await registerWebUi(app, webRoot, securityHeaders.document);
  }
  const identity = await registerAuth(app, {
    config: deps.config,
    db: deps.db,
    clock: deps.clock ?? systemClock,
    mailer: deps.mailer,
    limits: deps.authLimits,
  });
  if (identity !== null) {
    registerAuditWriter(app, identity);
  }
  registerRoutes(app);
  if (deps.db !== undefined) {
    registerPurgeJob(app, {
      db: deps.db,
      clock: deps.clock ?? systemClock,
      everyMs: deps.purgeEveryMs ?? PURGE_EVERY_MS,
    });
  }
  return app;
}

export type { App } from './app-types.js';
export { loadConfig, ConfigError, type AppConfig } from './config.js';
export type { AppLogger, LogStream } from './request-logging.js';
