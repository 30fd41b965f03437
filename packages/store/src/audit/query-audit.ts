import type { Executor } from '../executor.js';
import { fetchKeysetPage, type KeysetPage, type KeysetRequest, type SortColumn } from '../keyset.js';
import type { AuditOutcome } from '../vocabulary.js';
import { toAuditRecord, type AuditEventRecord } from './audit-record.js';

/** An audit row with the names of its actor and patient as they are now (null when there is none). */
export interface AuditEventWithNames extends AuditEventRecord {
  readonly actorName: string | null;
  readonly patientName: string | null;
}

/** Filters for the privacy officer's audit search; every one is optional and they combine with AND. */
export interface AuditFilters {
  readonly patientId?: string;
  readonly actorUserId?: string;
  /** Inclusive lower bound on `at`, ISO-8601 UTC. */
  readonly from?: string;
  /** Exclusive upper bound on `at`, ISO-8601 UTC. */
  readonly to?: string;
  readonly action?: string;
  readonly outcome?: AuditOutcome;
  readonly breakGlass?: boolean;
  /**
   * Only rows whose actor acted at one of these facilities, or whose patient belongs to one (a
   * privacy officer sees their facilities' rows). An empty list matches nothing.
   */
  readonly facilityIds?: readonly string[];
}

/**
 * Newest first by time, ties broken by `seq` (unique). Time, not `seq` alone, so that every
 * filter's index (migration 0006: the filter, then `at, seq`) serves the date range, the order
 * and the cursor at once, and a page costs the same in a log of a thousand rows or a billion.
 */
const NEWEST_FIRST: readonly SortColumn[] = [
  { column: 'audit_event.at', direction: 'desc' },
  { column: 'audit_event.seq', direction: 'desc', type: 'number' },
];

/**
 * Searches the audit log, newest first (by time, then `seq`: the pair is the cursor), with the
 * actor's and the patient's names joined in. One query per page; nothing is counted.
 *
 * @param executor - Database or transaction.
 * @param filters - What to match.
 * @param page - Limit (clamped to 1..100) and cursor.
 * @returns One page of rows.
 * @throws InvalidCursorError for a cursor this list did not make.
 */
export async function queryAudit(
  executor: Executor,
  filters: AuditFilters,
  page: KeysetRequest,
): Promise<KeysetPage<AuditEventWithNames>> {
  const { facilityIds } = filters;
  if (facilityIds?.length === 0) {
    return { rows: [], nextCursor: null };
  }
  const matching = executor
    .selectFrom('audit_event')
    .leftJoin('patient', 'patient.id', 'audit_event.patient_id')
    .leftJoin('user', 'user.id', 'audit_event.actor_user_id')
    .selectAll('audit_event')
    .select(['user.name as actor_name', 'patient.given_name', 'patient.family_name'])
    .$if(facilityIds !== undefined, (query) =>
      query.where((eb) =>
        eb.or([
          eb('audit_event.actor_facility_id', 'in', facilityIds ?? []),
          eb('patient.facility_id', 'in', facilityIds ?? []),
        ]),
      ),
    )
    .$if(filters.patientId !== undefined, (query) =>
      query.where('audit_event.patient_id', '=', filters.patientId ?? ''),
    )
    .$if(filters.actorUserId !== undefined, (query) =>
      query.where('audit_event.actor_user_id', '=', filters.actorUserId ?? ''),
    )
    .$if(filters.from !== undefined, (query) => query.where('audit_event.at', '>=', filters.from ?? ''))
    .$if(filters.to !== undefined, (query) => query.where('audit_event.at', '<', filters.to ?? ''))
    .$if(filters.action !== undefined, (query) => query.where('audit_event.action', '=', filters.action ?? ''))
    .$if(filters.outcome !== undefined, (query) =>
      query.where('audit_event.outcome', '=', filters.outcome ?? 'allowed'),
    )
    .$if(filters.breakGlass !== undefined, (query) =>
      query.where('audit_event.break_glass', '=', filters.breakGlass === true ? 1 : 0),
    );
  const fetched = await fetchKeysetPage(matching, NEWEST_FIRST, page, (row) => [row.at, row.seq]);
  return {
    rows: fetched.rows.map(({ actor_name, given_name, family_name, ...row }) => ({
      ...toAuditRecord(row),
      actorName: actor_name,
      patientName: given_name === null || family_name === null ? null : `${given_name} ${family_name}`,
    })),
    nextCursor: fetched.nextCursor,
  };
}
