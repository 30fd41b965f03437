import type { FastifyInstance, FastifyRequest } from 'fastify';
import { notFound } from '../../access/with-patient-access.js';
import { requireAuthenticated, type Principal } from '../../auth/index.js';
import { auditAccess } from '../../audit/audit-access.js';

/** What a read's audit row says beyond who and when. */
export interface ReadDetails {
  readonly patientId?: string | null;
  readonly resourceId?: string | null;
  readonly reason?: string | null;
}

export interface AuditedReadOptions<T> {
  /** Audit action, e.g. `audit.search`. */
  readonly action: string;
  readonly resourceType: string;
  /** Whether the caller may read at all: a refusal is audited as `denied` and answered 404. */
  readonly allowed: (principal: Principal) => boolean;
  /** The row's details for what was read; undefined when it showed nothing that needs a row. */
  readonly details: (value: T) => ReadDetails | undefined;
}

/**
 * Runs a read that reveals who is a patient or what was done to patients (the admin user list, the
 * audit log, the break-glass queue) and writes its audit row: `denied` for a caller who may not
 * read it (then the usual 404), `allowed` with the details of what it showed. The row goes through
 * the group commit, and the answer waits until it is durable.
 *
 * @param app - The app (database and clock).
 * @param request - The request.
 * @param options - Action, resource type, who may read, and what the row records.
 * @param read - The read itself, given the caller.
 * @returns What `read` returned.
 * @throws AppError NOT_FOUND when the caller may not read it; `read`'s AppError (a bad cursor).
 */
export async function auditedRead<T>(
  app: FastifyInstance,
  request: FastifyRequest,
  options: AuditedReadOptions<T>,
  read: (principal: Principal) => Promise<T>,
): Promise<T> {
  const principal = requireAuthenticated(request);
  const db = app.identity.db;
  const audited = { action: options.action, resourceType: options.resourceType };
  if (!options.allowed(principal)) {
    await auditAccess(db, request, principal, {
      ...audited,
      outcome: 'denied',
      at: app.identity.clock().toISOString(),
    });
    throw notFound();
  }
  const value = await read(principal);
  const details = options.details(value);
  if (details !== undefined) {
    await auditAccess(db, request, principal, {
      ...audited,
      ...details,
      outcome: 'allowed',
      at: app.identity.clock().toISOString(),
    });
  }
  return value;
}
