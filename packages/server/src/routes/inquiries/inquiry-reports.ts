import { ZApiError, ZInquiryReports, ZInquiryReportsQuery, type TInquiryReports } from '@kratom-care/contracts';
import { INQUIRY_STATUSES, LEVELS_OF_CARE, median } from '@kratom-care/domain';
import { inquiryReportCounts, type InquiryConversionRow, type InquiryReportCounts } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { canReadInquiryReports } from '../../access/inquiry-policy.js';
import { facilitiesWithRole } from '../../access/policy.js';
import { notFound } from '../../access/with-patient-access.js';
import { requireAuthenticated } from '../../auth/index.js';
import { auditAccess } from '../../audit/audit-access.js';

const MINUTE_MS = 60_000;

function conversion(row: InquiryConversionRow): { inquiries: number; admitted: number; rate: number | null } {
  return {
    inquiries: row.inquiries,
    admitted: row.admitted,
    rate: row.inquiries === 0 ? null : Math.round((row.admitted / row.inquiries) * 1000) / 1000,
  };
}

/**
 * The reports from the grouped counts: the funnel in pipeline order, the median first-contact
 * time, conversion by level of care (in the finder's order, requests without a level last) and
 * by facility.
 *
 * @param counts - The store's counts.
 * @param facilityIds - The facilities reported on.
 * @param targetMinutes - The first-contact target, shown beside the median.
 * @returns The report body.
 */
export function inquiryReports(
  counts: InquiryReportCounts,
  facilityIds: readonly string[],
  targetMinutes: number,
): TInquiryReports {
  const levelOrder = (level: string | null): number =>
    level === null ? LEVELS_OF_CARE.length : LEVELS_OF_CARE.indexOf(level as (typeof LEVELS_OF_CARE)[number]);
  return {
    facilityIds: [...facilityIds],
    funnel: INQUIRY_STATUSES.map((status) => ({
      status,
      current: counts.current.get(status) ?? 0,
      reached: counts.reached.get(status) ?? 0,
    })),
    medianMinutesToFirstContact: median(
      counts.contactTimes.map(
        (times) => Math.max(0, Date.parse(times.firstContactAt) - Date.parse(times.submittedAt)) / MINUTE_MS,
      ),
    ),
    firstContactTargetMinutes: targetMinutes,
    conversionByLevel: [...counts.byLevel]
      .sort((a, b) => levelOrder(a.key) - levelOrder(b.key))
      .map((row) => ({
        levelOfCare: row.key as TInquiryReports['conversionByLevel'][number]['levelOfCare'],
        ...conversion(row),
      })),
    conversionByFacility: counts.byFacility.map((row) => ({
      facilityId: row.key ?? '',
      facilityName: row.name ?? '',
      ...conversion(row),
    })),
  };
}

/**
 * `GET /api/inquiries/reports?facilityId=&from=&to=`: the manager reports (counts only, no
 * person's data) for admissions staff and admins of the facility, or of all their facilities
 * when `facilityId` is left out; everyone else gets 404. Audited as `inquiry.report`.
 *
 * @param app - The app (with a database).
 */
export function registerInquiryReports(app: App): void {
  app.get(
    '/api/inquiries/reports',
    {
      schema: {
        summary: 'Admissions reports',
        tags: ['inquiries'],
        querystring: ZInquiryReportsQuery,
        response: { 200: ZInquiryReports, 400: ZApiError, 404: ZApiError },
      },
    },
    async (request) => {
      const principal = requireAuthenticated(request);
      const at = app.identity.clock().toISOString();
      const { facilityId, from, to } = request.query;
      const managed = [
        ...new Set([...facilitiesWithRole(principal, 'admissions'), ...facilitiesWithRole(principal, 'admin')]),
      ];
      const facilityIds = facilityId === undefined ? managed : [facilityId];
      const decisions = facilityIds.map((id) => canReadInquiryReports(principal, id));
      const audited = { action: 'inquiry.report', resourceType: 'inquiry', resourceId: null, at };
      const first = decisions[0];
      if (first === undefined || decisions.some((decision) => !decision.allowed)) {
        await auditAccess(app.identity.db, request, principal, { ...audited, outcome: 'denied' });
        throw notFound();
      }
      // Stored times are ISO with milliseconds and compared as text: bring the bounds to that form.
      const normalised = (time: string | undefined) => (time === undefined ? undefined : new Date(time).toISOString());
      const counts = await inquiryReportCounts(app.identity.db, {
        facilityIds,
        from: normalised(from),
        to: normalised(to),
      });
      await auditAccess(app.identity.db, request, principal, { ...audited, decision: first, outcome: 'allowed' });
      return inquiryReports(counts, facilityIds, app.inquirySettings.firstContactTargetMinutes);
    },
  );
}
