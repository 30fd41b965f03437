import type { Selectable } from 'kysely';
import type { AuditEventTable } from '../schema/app-tables.js';
import type { AuditOutcome } from '../vocabulary.js';

/** What a caller hands to `appendAudit`. `id` and `at` default to a new UUID and now. */
export interface AuditEventInput {
  readonly id?: string;
  readonly at?: string;
  readonly actorUserId?: string | null;
  readonly actorRole?: string | null;
  readonly actorFacilityId?: string | null;
  /** What was attempted, e.g. `patient.read`. */
  readonly action: string;
  readonly patientId?: string | null;
  readonly resourceType: string;
  readonly resourceId?: string | null;
  readonly outcome: AuditOutcome;
  /** True when the access relied on a break-glass grant. */
  readonly breakGlass?: boolean;
  /** The stated reason (break-glass) or the denial reason. */
  readonly reason?: string | null;
  readonly requestId: string;
  readonly clientIp: string;
}

/** A stored audit row, with its place in the chain. */
export interface AuditEventRecord {
  readonly seq: number;
  readonly id: string;
  readonly at: string;
  readonly actorUserId: string | null;
  readonly actorRole: string | null;
  readonly actorFacilityId: string | null;
  readonly action: string;
  readonly patientId: string | null;
  readonly resourceType: string;
  readonly resourceId: string | null;
  readonly outcome: AuditOutcome;
  readonly breakGlass: boolean;
  readonly reason: string | null;
  readonly requestId: string;
  readonly clientIp: string;
  readonly prevHash: string;
  readonly hash: string;
}

/**
 * @param row - An `audit_event` row.
 * @returns The row as a record.
 */
export function toAuditRecord(row: Selectable<AuditEventTable>): AuditEventRecord {
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
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
