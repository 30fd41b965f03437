import { ZApiError, ZAuditQuery, ZListAuditResponse } from '@kratom-care/contracts';
import { toAuditView } from './audit-view.js';
import type { App } from '../../app-types.js';
import { auditFacilities } from '../../access/policy.js';
import { notFound } from '../../access/with-patient-access.js';
import { requireAuthenticated } from '../../auth/index.js';

/**
 * `GET /api/audit`: the privacy officer's search over audit rows of their facilities (rows whose
 * actor acted at the facility, or whose patient belongs to it). Everyone else gets 404.
 *
 * @param app - The app (with a database).
 */
export function registerListAudit(app: App): void {
  app.get(
    '/api/audit',
    {
      schema: {
        summary: 'Search the audit log',
        tags: ['audit'],
        querystring: ZAuditQuery,
        response: { 200: ZListAuditResponse, 400: ZApiError, 404: ZApiError },
      },
    },
    async (request) => {
      const facilities = auditFacilities(requireAuthenticated(request));
      if (facilities.length === 0) {
        throw notFound();
      }
      const query = request.query;
      const db = app.identity.db;
      const base = db
        .selectFrom('audit_event')
        .leftJoin('patient', 'patient.id', 'audit_event.patient_id')
        .where((eb) =>
          eb.or([eb('audit_event.actor_facility_id', 'in', facilities), eb('patient.facility_id', 'in', facilities)]),
        )
        .$if(query.patientId !== undefined, (q) => q.where('audit_event.patient_id', '=', query.patientId ?? ''))
        .$if(query.actorUserId !== undefined, (q) => q.where('audit_event.actor_user_id', '=', query.actorUserId ?? ''))
        .$if(query.from !== undefined, (q) => q.where('audit_event.at', '>=', new Date(query.from ?? 0).toISOString()))
        .$if(query.to !== undefined, (q) => q.where('audit_event.at', '<', new Date(query.to ?? 0).toISOString()))
        .$if(query.action !== undefined, (q) => q.where('audit_event.action', '=', query.action ?? ''))
        .$if(query.breakGlass !== undefined, (q) =>
          q.where('audit_event.break_glass', '=', query.breakGlass === true ? 1 : 0),
        );
      const [rows, count] = await Promise.all([
        base
          .selectAll('audit_event')
          .orderBy('audit_event.seq', 'desc')
          .limit(query.limit)
          .offset(query.offset)
          .execute(),
        base.select((eb) => eb.fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow(),
      ]);
      const total = Number(count.total);
      const next = query.offset + rows.length;
      return { items: rows.map(toAuditView), total, nextCursor: next < total ? String(next) : null };
    },
  );
}
