import { REDISCLOSURE_NOTICE, type AnyRecordType } from '@kratom-care/contracts';
import { recordDisclosure } from '@kratom-care/store';
import type { FastifyRequest } from 'fastify';
import type { PatientAccess } from '../access/with-patient-access.js';

/**
 * A family member's read of a record type is a disclosure (42 CFR §2.32): it is recorded in the
 * request's transaction, and the answer carries the redisclosure notice. Other readers get nothing.
 *
 * @param request - The request (its id goes on the disclosure row).
 * @param access - The allowed access, with the consent grant when a family member reads.
 * @param type - The record type read (or what a derived read such as the liver assessment discloses).
 * @param resourceId - The record read, or null for a list.
 * @returns The notice to add to the answer, or an empty object.
 */
export async function discloseToFamily(
  request: FastifyRequest,
  access: PatientAccess,
  type: Pick<AnyRecordType, 'consentCategory' | 'resourceType'>,
  resourceId: string | null,
): Promise<{ redisclosureNotice?: string }> {
  const { decision, facts, principal, patient, trx, at } = access;
  if (decision.via !== 'consent' || facts.grant === null) {
    return {};
  }
  await recordDisclosure(trx, {
    patientId: patient.id,
    consentId: facts.grant.consentId,
    recipientKind: 'family-user',
    recipientUserId: principal.userId,
    recipientName: principal.name,
    categories: [type.consentCategory],
    purpose: facts.grant.purpose,
    action: 'family-read',
    resourceType: type.resourceType,
    resourceId,
    actorUserId: principal.userId,
    occurredAt: at,
    requestId: request.id,
  });
  return { redisclosureNotice: REDISCLOSURE_NOTICE };
}
