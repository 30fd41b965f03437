import type { QueryValue } from '../../api/api-client';

export interface AuditFilters {
  readonly patientId: string;
  readonly actorUserId: string;
  /** `YYYY-MM-DD` from a date input, or empty. */
  readonly from: string;
  readonly to: string;
  readonly action: string;
  readonly breakGlassOnly: boolean;
}

export const NO_FILTERS: AuditFilters = {
  patientId: '',
  actorUserId: '',
  from: '',
  to: '',
  action: '',
  breakGlassOnly: false,
};

export const AUDIT_PAGE_SIZE = 20;

/**
 * The `GET /api/audit` query for a set of filters and a page. Days are the reader's local days:
 * `from` starts at its midnight, `to` includes the whole day.
 *
 * @param filters - The filters as typed.
 * @param offset - Rows to skip.
 * @returns Query parameters; empty filters are left out by the client.
 * @example auditQuery({ ...NO_FILTERS, breakGlassOnly: true }, 0) // { breakGlass: 'true', limit: 20, offset: 0, ... }
 */
export function auditQuery(filters: AuditFilters, offset: number): Record<string, QueryValue> {
  return {
    patientId: filters.patientId.trim(),
    actorUserId: filters.actorUserId.trim(),
    from: filters.from === '' ? '' : new Date(`${filters.from}T00:00:00.000`).toISOString(),
    to: filters.to === '' ? '' : new Date(`${filters.to}T23:59:59.999`).toISOString(),
    action: filters.action.trim(),
    breakGlass: filters.breakGlassOnly ? 'true' : '',
    limit: AUDIT_PAGE_SIZE,
    offset,
  };
}
