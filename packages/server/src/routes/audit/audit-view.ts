import type { TAuditEvent } from '@kratom-care/contracts';
import type { DatabaseSchema } from '@kratom-care/store';

/**
 * @param row - An `audit_event` row.
 * @returns The API view (the chain hashes stay inside).
 */
export function toAuditView(row: DatabaseSchema['audit_event']): TAuditEvent {
  return {
    seq: row.seq,
    id: row.id,
    at: row.at,
    actorUserId: row.actor_user_id,
    actorRole: row.actor_role,
    actorFacilityId: row.actor_facility_id,
    action: row.action,
    patientId: row.patient_id,
    resourceType: row.resource_type,
    resourceId: row.resource_id,
    outcome: row.outcome,
    breakGlass: row.break_glass === 1,
    reason: row.reason,
    requestId: row.request_id,
    clientIp: row.client_ip,
  };
}
