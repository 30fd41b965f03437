import type { TDashboardResponse, TMonitoringListQuery } from '@kratom-care/contracts';
import type { CaseloadQuery, KeysetPage, MonitoredPatient } from '@kratom-care/store';
import type { FastifyRequest } from 'fastify';
import type { App } from '../../app-types.js';
import { caseloadScope } from '../../access/caseload-scope.js';
import { monitoredPatientView } from '../../monitoring/monitored-patient-view.js';
import { auditedRead } from '../audit/audited-read.js';
import { pageOrBadCursor } from '../keyset-page.js';

/** What a caseload view adds to the shared read: its audit names and its store list. */
export interface CaseloadReadOptions {
  /** Audit action, e.g. `dashboard.read`. */
  readonly action: string;
  readonly resourceType: string;
  /** The store list that picks and orders the clinician's patients. */
  readonly list: (db: App['identity']['db'], query: CaseloadQuery) => Promise<KeysetPage<MonitoredPatient>>;
}

/**
 * One audited page of the signed-in clinician's own patients, as the dashboard and the monitoring
 * board both answer it: the caseload scope is read once for "may they read at all" (anyone who is
 * not a clinician gets the audited 404) and again for the SQL filter, both at the same `at`, so the
 * views' times, the scope and the audit row agree.
 *
 * @param app - The app (database, clock, monitoring settings).
 * @param request - The request (for the audit row).
 * @param query - The validated `limit` and `cursor`.
 * @param options - Audit names and the store list.
 * @returns `{ at, settings, items, nextCursor }`.
 * @throws AppError NOT_FOUND for a caller with no caseload; INVALID_QUERY for a foreign cursor.
 */
export async function caseloadRead(
  app: App,
  request: FastifyRequest,
  query: TMonitoringListQuery,
  options: CaseloadReadOptions,
): Promise<TDashboardResponse> {
  const at = app.identity.clock().toISOString();
  return auditedRead(
    app,
    request,
    {
      action: options.action,
      resourceType: options.resourceType,
      allowed: (principal) => caseloadScope(principal, at) !== null,
      details: () => ({}),
    },
    async (principal) => {
      const scope = caseloadScope(principal, at) ?? { kind: 'none' };
      const page = await pageOrBadCursor(
        options.list(app.identity.db, {
          clinicianUserId: principal.userId,
          scope,
          limit: query.limit,
          cursor: query.cursor,
        }),
      );
      const settings = app.monitoringSettings;
      return {
        at,
        settings,
        items: page.rows.map((row) => monitoredPatientView(row, at, settings)),
        nextCursor: page.nextCursor,
      };
    },
  );
}
