import { getInquiry, type Executor, type InquiryRecord } from '@kratom-care/store';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { canWorkInquiry } from '../../access/inquiry-policy.js';
import type { Allowed } from '../../access/policy.js';
import { notFound } from '../../access/with-patient-access.js';
import { requireAuthenticated, type Principal } from '../../auth/index.js';
import { auditAccess } from '../../audit/audit-access.js';
import { AppError } from '../../errors.js';

/** What a handler gets once the caller may work the request. */
export interface InquiryAccess {
  /** The request's transaction for a write; the database handle for a read. */
  readonly trx: Executor;
  readonly principal: Principal;
  /** The request as read in that transaction. */
  readonly inquiry: InquiryRecord;
  readonly decision: Allowed;
  readonly at: string;
}

export interface InquiryAccessOptions {
  readonly inquiryId: string;
  /** Audit action, e.g. `inquiry.read`. */
  readonly action: string;
  /** `'write'`: one transaction for the work and its audit row; `'read'`: no transaction, group-committed row. */
  readonly mode: 'read' | 'write';
}

/**
 * Runs one piece of work on a call-back request for admissions staff of its facility, and writes
 * its audit row (resource `inquiry`, the requested id; no patient). A request that does not exist
 * and one the caller may not work both answer the same 404 and leave a row (`not-found` /
 * `denied`). A write and its row commit together; a write that fails (400, 409, 412) rolls back
 * whole, nothing half stored, and its refusal is recorded.
 *
 * @param app - The app.
 * @param request - The request.
 * @param options - Which request, which audit action, read or write.
 * @param work - The work, given the transaction, the caller and the request.
 * @returns What `work` returned.
 * @throws AppError NOT_FOUND when hidden or missing; `work`'s own AppErrors.
 */
export async function withInquiryAccess<T>(
  app: FastifyInstance,
  request: FastifyRequest,
  options: InquiryAccessOptions,
  work: (access: InquiryAccess) => Promise<T>,
): Promise<T> {
  const principal = requireAuthenticated(request);
  const db = app.identity.db;
  const at = app.identity.clock().toISOString();
  const row = { action: options.action, resourceType: 'inquiry', resourceId: options.inquiryId, at };
  const run = async (trx: Executor): Promise<{ value: T } | { refused: 'not-found' | 'denied' }> => {
    const inquiry = await getInquiry(trx, options.inquiryId);
    if (inquiry === undefined) {
      return { refused: 'not-found' };
    }
    const decision = canWorkInquiry(principal, inquiry.facilityId);
    if (!decision.allowed) {
      return { refused: 'denied' };
    }
    const value = await work({ trx, principal, inquiry, decision, at });
    // Written after the work, in its transaction: the row names the facility the request was at.
    await auditAccess(trx, request, principal, { ...row, decision, outcome: 'allowed' });
    return { value };
  };
  let outcome: { value: T } | { refused: 'not-found' | 'denied' };
  try {
    outcome = options.mode === 'write' ? await db.transaction().execute(run) : await run(db);
  } catch (error) {
    if (error instanceof AppError) {
      await auditAccess(db, request, principal, { ...row, outcome: 'denied', reason: error.code });
    }
    throw error;
  }
  if ('refused' in outcome) {
    await auditAccess(db, request, principal, { ...row, outcome: outcome.refused });
    throw notFound();
  }
  return outcome.value;
}
