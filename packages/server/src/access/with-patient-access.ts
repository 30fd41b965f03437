import { getPatient, type ConsentCategory, type Executor, type PatientRecord } from '@kratom-care/store';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requireAuthenticated, type Principal } from '../auth/index.js';
import { auditAccess } from '../audit/audit-access.js';
import { AppError } from '../errors.js';
import type { Allowed, Decision, PatientFacts } from './policy.js';
import { resolvePatientFacts } from './resolve-facts.js';

/** The one 404 every hidden or missing record gets, byte for byte. */
export function notFound(): AppError {
  return new AppError('NOT_FOUND', 'Not found');
}

/** What a handler gets once the policy said yes. */
export interface PatientAccess {
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
}

type Outcome<T> = { readonly value: T } | { readonly error: AppError };

/**
 * Runs one patient-data request: authenticates, loads the patient and the facts, asks the policy,
 * runs `work` and writes exactly one audit row, all in one transaction. A missing patient and a
 * refused one both answer the same 404 (audited `not-found` and `denied`). An `AppError` thrown by
 * `work` before it wrote anything (stale version, conflict) is audited as `denied` and answered
 * after the audit row commits.
 *
 * @param app - The app (database and clock).
 * @param request - The request.
 * @param options - Patient, audit action and resource, the policy check, the consent category.
 * @param work - The handler body, given the transaction and the decision.
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
  const audited = { action: options.action, resourceType: options.resourceType, at };
  const outcome = await app.identity.db.transaction().execute(async (trx): Promise<Outcome<T>> => {
    const patient = await getPatient(trx, options.patientId);
    if (patient === undefined) {
      await auditAccess(trx, request, principal, {
        ...audited,
        resourceId: options.resourceId ?? null,
        outcome: 'not-found',
      });
      return { error: notFound() };
    }
    const facts = await resolvePatientFacts(trx, principal, patient, at, options.category);
    const decision = options.check(principal, patient, facts);
    const row = {
      ...audited,
      patientId: patient.id,
      resourceId: options.resourceId ?? patient.id,
      decision,
      reason: options.reason ?? null,
    };
    if (!decision.allowed) {
      await auditAccess(trx, request, principal, { ...row, outcome: 'denied' });
      return { error: notFound() };
    }
    try {
      const value = await work({ trx, principal, patient, decision, facts, at });
      await auditAccess(trx, request, principal, { ...row, outcome: 'allowed' });
      return { value };
    } catch (error) {
      if (!(error instanceof AppError)) {
        throw error;
      }
      const outcome = error.code === 'NOT_FOUND' ? 'not-found' : 'denied';
      await auditAccess(trx, request, principal, { ...row, outcome, reason: error.code });
      return { error };
    }
  });
  if ('error' in outcome) {
    throw outcome.error;
  }
  return outcome.value;
}
