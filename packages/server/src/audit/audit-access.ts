import { appendAudit, type AuditEventInput, type AuditOutcome, type Executor } from '@kratom-care/store';
import type { FastifyRequest } from 'fastify';
import type { Decision } from '../access/policy.js';
import { primaryGrant } from '../access/policy.js';
import type { Principal } from '../auth/index.js';

/** What one audited access was. */
export interface AuditedAccess {
  readonly action: string;
  readonly resourceType: string;
  readonly resourceId?: string | null;
  readonly patientId?: string | null;
  readonly outcome: AuditOutcome;
  /** The policy's decision when it was asked; names the role that gave access and marks break-glass. */
  readonly decision?: Decision;
  readonly reason?: string | null;
  readonly at: string;
}

/**
 * Writes the audit row of one access to patient data, and returns once it is durable.
 *
 * - Given the request's transaction (a write), the row is appended in it, so the row and the
 *   write it describes commit together (issue 3 §7, SECURITY.md AL-02).
 * - Given the database handle (a read, a refusal, a not-found), the row joins the app's group
 *   commit (`app.auditWriter`, decision 0013): it shares one insert and one commit with the rows
 *   of concurrent requests, and this resolves only after that commit, so the caller answers only
 *   once its row is on disk.
 *
 * @param executor - The request's transaction, or the database handle for a read.
 * @param request - For the request id and client IP (Fastify honours `trustProxy` for `ip`).
 * @param principal - The caller.
 * @param access - What happened.
 */
export async function auditAccess(
  executor: Executor,
  request: FastifyRequest,
  principal: Principal,
  access: AuditedAccess,
): Promise<void> {
  const decision = access.decision;
  const actor =
    decision?.allowed === true ? { role: decision.role, facilityId: decision.facilityId } : primaryGrant(principal);
  const event: AuditEventInput = {
    at: access.at,
    actorUserId: principal.userId,
    actorRole: actor.role,
    actorFacilityId: actor.facilityId,
    action: access.action,
    patientId: access.patientId ?? null,
    resourceType: access.resourceType,
    resourceId: access.resourceId ?? null,
    outcome: access.outcome,
    breakGlass: decision?.allowed === true && decision.breakGlass,
    reason: access.reason ?? null,
    requestId: request.id,
    clientIp: request.ip,
  };
  if (executor.isTransaction) {
    await appendAudit(executor, request.server.identity.auditKey, event);
  } else {
    await request.server.auditWriter.append(event);
  }
}
