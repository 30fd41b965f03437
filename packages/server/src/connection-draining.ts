import type { FastifyInstance } from 'fastify';

/**
 * Lets `close()` drain cleanly. Once closing starts, the listener takes no new connections and
 * every response still to be written says `Connection: close`, so keep-alive clients hang up after
 * their answer. Without this a client that keeps its connection open holds `close()` (and a
 * SIGTERM'd process) until the keep-alive timeout. A request that arrives on an open connection
 * while closing is served normally rather than refused (SECURITY.md F21: no 5xx during a drain);
 * use with `return503OnClosing: false`.
 *
 * @param app - The root instance.
 */
export function registerConnectionDraining(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) {
      reply.header('connection', 'close');
    }
    done(null, payload);
  });
}
