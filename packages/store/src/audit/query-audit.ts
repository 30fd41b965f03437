import type { Executor } from '../executor.js';
import { clampPage, type Page, type PageRequest } from '../page.js';
import type { AuditOutcome } from '../vocabulary.js';
import { toAuditRecord, type AuditEventRecord } from './audit-record.js';

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
 * Searches the audit log, newest first.
 *
 * @param executor - Database or transaction.
 * @param filters - What to match.
 * @param page - Which page; clamped to 1..200 rows.
 * @returns One page of rows and the number of rows matching the filters.
 */
export async function queryAudit(
  executor: Executor,
  filters: AuditFilters,
  page: PageRequest,
): Promise<Page<AuditEventRecord>> {
  const { limit, offset } = clampPage(page);
  const { facilityIds } = filters;
  if (facilityIds?.length === 0) {
    return { rows: [], total: 0 };
  }
  const matching = executor
    .selectFrom('audit_event')
    .leftJoin('patient', 'patient.id', 'audit_event.patient_id')
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
  const [rows, count] = await Promise.all([
    matching.selectAll('audit_event').orderBy('audit_event.seq', 'desc').limit(limit).offset(offset).execute(),
    matching.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map(toAuditRecord), total: count.total };
}
