import type { ConsentCategory, Executor, PatientRecord } from '@kratom-care/store';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requireAuthenticated, type Principal } from '../auth/index.js';
import { auditAccess, type AuditedAccess } from '../audit/audit-access.js';
import { AppError } from '../errors.js';
import type { Allowed, Decision, PatientFacts } from './policy.js';
import { loadPatientAndFacts } from './resolve-facts.js';

/** The one 404 every hidden or missing record gets, byte for byte. */
export function notFound(): AppError {
  return new AppError('NOT_FOUND', 'Not found');
}

/** What a handler gets once the policy said yes. */
export interface PatientAccess {
  /** The request's transaction; for a read (`mode: 'read'`), the database handle. */
  readonly trx: Executor;
  readonly principal: Principal;
  readonly patient: PatientRecord;
  readonly decision: Allowed;
  readonly facts: PatientFacts;
  readonly at: string;
}

export interface PatientAccessOptions {
  readonly patientId: string;
  /** Audit action, e.g. `patient.read`. */
  readonly action: string;
  readonly resourceType: string;
  readonly resourceId?: string;
  readonly check: (principal: Principal, patient: PatientRecord, facts: PatientFacts) => Decision;
  /** The record category a family member needs consent for. */
  readonly category?: ConsentCategory;
  /** A reason to keep on the audit row (the stated break-glass reason). */
  readonly reason?: string;
  /**
   * `'read'` when `work` only reads (and at most records a family disclosure): no transaction,
   * and the audit row joins the group commit. `'write'` (the default): one transaction for the
   * work and its audit row.
   */
  readonly mode?: 'read' | 'write';
}

type Outcome<T> = { readonly value: T } | { readonly error: AppError };

/** The policy's answer with the audit row it needs: refused (hidden or missing) or allowed. */
type Admission =
  | { readonly refused: AuditedAccess }
  | {
      readonly patient: PatientRecord;
      readonly facts: PatientFacts;
      readonly decision: Allowed;
      readonly row: Omit<AuditedAccess, 'outcome'>;
    };

/**
 * Loads the patient by the requested id and the facts in one statement, and asks the policy. A
 * missing patient and a refused one run the same statement and get rows of the same shape (the
 * requested id as patient and resource), differing only in outcome.
 */
async function admit(
  executor: Executor,
  principal: Principal,
  options: PatientAccessOptions,
  at: string,
): Promise<Admission> {
  const loaded = await loadPatientAndFacts(executor, principal, options.patientId, at, options.category);
  const row = {
    action: options.action,
    resourceType: options.resourceType,
    at,
    patientId: options.patientId,
    resourceId: options.resourceId ?? options.patientId,
    reason: options.reason ?? null,
  };
  if (loaded.patient === undefined) {
    return { refused: { ...row, outcome: 'not-found' } };
  }
  const decision = options.check(principal, loaded.patient, loaded.facts);
  if (!decision.allowed) {
    return { refused: { ...row, decision, outcome: 'denied' } };
  }
  return { patient: loaded.patient, facts: loaded.facts, decision, row: { ...row, decision } };
}

/**
 * Runs `work` and audits it on `executor`: in a transaction the row commits with the work; on the
 * database handle it joins the group commit. An `AppError` from `work` is audited as a refusal.
 */
async function runAudited<T>(
  executor: Executor,
  request: FastifyRequest,
  principal: Principal,
  admitted: Exclude<Admission, { refused: AuditedAccess }>,
  work: (access: PatientAccess) => Promise<T>,
): Promise<Outcome<T>> {
  const { patient, decision, facts, row } = admitted;
  try {
    const value = await work({ trx: executor, principal, patient, decision, facts, at: row.at });
    await auditAccess(executor, request, principal, { ...row, outcome: 'allowed' });
    return { value };
  } catch (error) {
    if (!(error instanceof AppError)) {
      throw error;
    }
    const outcome = error.code === 'NOT_FOUND' ? 'not-found' : 'denied';
    await auditAccess(executor, request, principal, { ...row, outcome, reason: error.code });
    return { error };
  }
}

/**
 * Runs one patient-data request: authenticates, loads the patient and the facts, asks the policy,
 * runs `work` and writes exactly one audit row. A missing patient and a refused one do the same
 * database work and answer the same 404 (audited `not-found` and `denied`, both naming the
 * requested id); their rows join the group commit, as nothing else was written. An `AppError`
 * thrown by `work` before it wrote anything (stale version, conflict) is audited as `denied` and
 * answered after the audit row commits.
 *
 * A write (the default mode) runs the load, the policy, `work` and the audit row in ONE
 * transaction. A read (`mode: 'read'`) runs without one and its row joins the group commit
 * (decision 0013), except a family member's read: that is a disclosure, whose row commits in one
 * transaction with the audit row.
 *
 * @param app - The app (database and clock).
 * @param request - The request.
 * @param options - Patient, audit action and resource, the policy check, the consent category, the mode.
 * @param work - The handler body, given the transaction (or, for a read, the database) and the decision.
 * @returns What `work` returned.
 * @throws AppError NOT_FOUND when the caller may not see the patient, or `work`'s AppError.
 */
export async function withPatientAccess<T>(
  app: FastifyInstance,
  request: FastifyRequest,
  options: PatientAccessOptions,
  work: (access: PatientAccess) => Promise<T>,
): Promise<T> {
  const principal = requireAuthenticated(request);
  const at = app.identity.clock().toISOString();
  const { db } = app.identity;
  let outcome: Outcome<T> | { readonly refused: AuditedAccess };
  if (options.mode === 'read') {
    const admission = await admit(db, principal, options, at);
    if ('refused' in admission) {
      outcome = admission;
    } else if (admission.decision.via === 'consent') {
      outcome = await db.transaction().execute((trx) => runAudited(trx, request, principal, admission, work));
    } else {
      outcome = await runAudited(db, request, principal, admission, work);
    }
  } else {
    outcome = await db.transaction().execute(async (trx) => {
      const admission = await admit(trx, principal, options, at);
      return 'refused' in admission ? admission : runAudited(trx, request, principal, admission, work);
    });
  }
  if ('refused' in outcome) {
    await auditAccess(db, request, principal, outcome.refused);
    throw notFound();
  }
  if ('error' in outcome) {
    throw outcome.error;
  }
  return outcome.value;
}
