import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import type { AppConfig } from './config.js';

/** Anything pino can write JSON lines to (stdout by default; an array in tests). */
export interface LogStream {
  write(line: string): void;
}

/**
 * The route pattern (`/api/instruments/:id/score`), never the raw URL: a path or query string can
 * carry whatever a client put there, including personal data.
 */
function loggedUrl(request: FastifyRequest): string {
  return request.routeOptions.url ?? '(no matching route)';
}

/**
 * Fastify logger options: structured JSON via pino. Request lines carry only the method, the route,
 * the status, the response time and the request id: never bodies, answers, query strings, headers
 * or client addresses (SECURITY.md AL-04).
 *
 * @param config - Supplies the level.
 * @param stream - Where lines go; stdout when omitted.
 * @returns Options for `Fastify({ logger })`, or false to log nothing.
 */
export function loggerOptions(config: Pick<AppConfig, 'logLevel'>, stream?: LogStream): false | object {
  if (config.logLevel === 'silent' && stream === undefined) {
    return false;
  }
  return {
    level: config.logLevel,
    ...(stream === undefined ? {} : { stream }),
    serializers: {
      req: (request: FastifyRequest) => ({ method: request.method, url: loggedUrl(request) }),
      res: (reply: FastifyReply) => ({ statusCode: reply.statusCode }),
    },
  };
}

/**
 * Writes one line per request when it completes, in place of Fastify's two (incoming + completed):
 * the same fields at half the cost on the hot path.
 */
export class OneLinePerRequest extends LogController {
  override incomingRequest(): void {
    // Folded into requestCompleted.
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (error) {
      reply.log.error({ req: request, res: reply, err: error, responseTime: reply.elapsedTime }, 'request errored');
      return;
    }
    // Access lines are debug: on the hot path pino's write costs as much as scoring, and the audit
    // trail, not the log, is the record of who read what. LOG_LEVEL=debug turns them on.
    reply.log.debug({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}
