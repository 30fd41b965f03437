import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { pino, type Logger } from 'pino';
import type { AppConfig } from './config.js';

/** Anything pino can write JSON lines to (stdout by default; an array in tests). */
export interface LogStream {
  write(line: string): void;
}

/** The app's structured JSON logger (pino). */
export type AppLogger = Logger;

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * The app logger. Fastify itself runs without a logger (docs/decisions/0006), so `app.log`,
     * `request.log` and `reply.log` write nothing; use this, or {@link requestLog} inside a request.
     */
    logger: AppLogger;
  }
}

/**
 * The route pattern (`/api/instruments/:id/score`), never the raw URL: a path or query string can
 * carry whatever a client put there, including personal data.
 */
function loggedUrl(request: FastifyRequest): string {
  return request.routeOptions.url ?? '(no matching route)';
}

/**
 * Builds the app logger: structured JSON via pino. Request fields are reduced to the method and the
 * route pattern, responses to the status: never bodies, answers, query strings, headers or client
 * addresses (SECURITY.md AL-04).
 *
 * @param config - Supplies the level.
 * @param stream - Where lines go; stdout when omitted.
 * @returns The logger.
 */
export function createLogger(config: Pick<AppConfig, 'logLevel'>, stream?: LogStream): AppLogger {
  const options = {
    level: config.logLevel,
    serializers: {
      req: (request: FastifyRequest) => ({ method: request.method, url: loggedUrl(request) }),
      res: (reply: FastifyReply) => ({ statusCode: reply.statusCode }),
      err: pino.stdSerializers.err,
    },
  };
  return stream === undefined ? pino(options) : pino(options, stream);
}

/**
 * A logger for one request: the app logger with the request id bound, built only when something is
 * logged, so requests that log nothing pay nothing.
 *
 * @param request - The request being handled.
 * @returns The child logger.
 */
export function requestLog(request: FastifyRequest): AppLogger {
  return request.server.logger.child({ reqId: request.id });
}

/**
 * Installs the logger and, at `debug` or `trace`, one access line per request ("request
 * completed": request id, method, route pattern, status, response time). At `info` no per-request
 * hook is installed at all, which keeps the public score endpoint within its throughput budget.
 *
 * @param app - The root instance, before any plugin is registered.
 * @param logger - From {@link createLogger}.
 */
export function registerRequestLogging(app: FastifyInstance, logger: AppLogger): void {
  app.decorate('logger', logger);
  if (!logger.isLevelEnabled('debug')) {
    return;
  }
  app.addHook('onResponse', (request, reply, done) => {
    logger.debug({ reqId: request.id, req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
    done();
  });
}
