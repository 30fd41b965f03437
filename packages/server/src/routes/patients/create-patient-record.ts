import { randomUUID } from 'node:crypto';
import type { TPatient } from '@kratom-care/contracts';
import { addCareTeamMember, createPatient, type Executor } from '@kratom-care/store';
import type { FastifyRequest } from 'fastify';
import type { Allowed } from '../../access/policy.js';
import type { Principal } from '../../auth/index.js';
import { auditAccess } from '../../audit/audit-access.js';
import { patientView } from './patient-view.js';

/** What a new patient is made from. */
export interface NewPatientInput {
  readonly facilityId: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly birthDate?: string | undefined;
  readonly email?: string | undefined;
  readonly phone?: string | undefined;
}

/**
 * The one way a patient record is made, for `POST /api/patients` and for converting a call-back
 * request: the row, the creating clinician on the care team, and the `patient.create` audit row,
 * all in the caller's transaction.
 *
 * @param trx - The request's transaction.
 * @param request - For the audit row.
 * @param principal - The caller.
 * @param decision - The policy's yes (`canCreatePatient`).
 * @param input - The patient's facility and demographics.
 * @param at - Now.
 * @returns The new patient's view.
 */
export async function createPatientRecord(
  trx: Executor,
  request: FastifyRequest,
  principal: Principal,
  decision: Allowed,
  input: NewPatientInput,
  at: string,
): Promise<TPatient> {
  const id = randomUUID();
  const view = patientView({
    id,
    facilityId: input.facilityId,
    userId: null,
    givenName: input.givenName,
    familyName: input.familyName,
    birthDate: input.birthDate ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
    createdBy: principal.userId,
    createdAt: at,
    updatedAt: at,
    version: 1,
  });
  await createPatient(trx, {
    id,
    facilityId: input.facilityId,
    givenName: input.givenName,
    familyName: input.familyName,
    ...(input.birthDate === undefined ? {} : { birthDate: input.birthDate }),
    ...(input.email === undefined ? {} : { email: input.email }),
    ...(input.phone === undefined ? {} : { phone: input.phone }),
    createdBy: principal.userId,
    at,
  });
  if (decision.role === 'clinician') {
    await addCareTeamMember(trx, { patientId: id, clinicianUserId: principal.userId, addedBy: principal.userId, at });
  }
  await auditAccess(trx, request, principal, {
    action: 'patient.create',
    resourceType: 'patient',
    outcome: 'allowed',
    decision,
    patientId: id,
    resourceId: id,
    at,
  });
  return view;
}
