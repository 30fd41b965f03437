import { createAuditWriter, type AuditWriter } from '@kratom-care/store';
import type { FastifyInstance } from 'fastify';
import type { Identity } from '../auth/index.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Group commit for the audit rows of reads (decision 0013); present whenever `identity` is. */
    auditWriter: AuditWriter;
  }
}

/**
 * Gives the app its audit writer: one per app, so the rows of concurrent reads share a commit.
 * On close, after the last in-flight request has been answered, whatever is still queued is written.
 *
 * @param app - The root instance.
 * @param identity - The database and the audit key.
 * @returns The writer, also decorated as `app.auditWriter`.
 */
export function registerAuditWriter(app: FastifyInstance, identity: Identity): AuditWriter {
  const writer = createAuditWriter(identity.db, identity.auditKey);
  app.decorate('auditWriter', writer);
  app.addHook('onClose', async () => {
    await writer.close();
  });
  return writer;
}
