import type { TAuditPerson } from '@kratom-care/contracts';
import type { QueryValue } from '../../api/api-client';

/** A person or patient chosen by name; the query sends the id, the page shows the name. */
export interface Chosen {
  readonly id: string;
  readonly name: string;
}

export interface AuditFilters {
  /** The person who acted, picked by name from `GET /api/audit/people`. */
  readonly actor: TAuditPerson | null;
  /** The patient, picked from a row of the log ("Only this patient"). */
  readonly patient: Chosen | null;
  /** `YYYY-MM-DD` from a date input, or empty. */
  readonly from: string;
  readonly to: string;
  /** One of AUDIT_ACTIONS, or empty for any. */
  readonly action: string;
  readonly breakGlassOnly: boolean;
}

export const NO_FILTERS: AuditFilters = {
  actor: null,
  patient: null,
  from: '',
  to: '',
  action: '',
  breakGlassOnly: false,
};

export const AUDIT_PAGE_SIZE = 20;

/**
 * The `GET /api/audit` query for a set of filters (the cursor is added by the pager). Days are the
 * reader's local days: `from` starts at its midnight, `to` includes the whole day.
 *
 * @param filters - The filters as chosen.
 * @returns Query parameters; empty filters are left out by the client.
 * @example auditQuery({ ...NO_FILTERS, breakGlassOnly: true }) // { breakGlass: 'true', limit: 20, ... }
 */
export function auditQuery(filters: AuditFilters): Record<string, QueryValue> {
  return {
    actorUserId: filters.actor?.id,
    patientId: filters.patient?.id,
    from: filters.from === '' ? '' : new Date(`${filters.from}T00:00:00.000`).toISOString(),
    to: filters.to === '' ? '' : new Date(`${filters.to}T23:59:59.999`).toISOString(),
    action: filters.action,
    breakGlass: filters.breakGlassOnly ? 'true' : '',
    limit: AUDIT_PAGE_SIZE,
  };
}
