import { sql, type ExpressionBuilder } from 'kysely';
import type { DatabaseSchema } from '../database-schema.js';
import type { Executor } from '../executor.js';

/** Which requests a report counts: some facilities' requests submitted in a time range. */
export interface InquiryReportScope {
  readonly facilityIds: readonly string[];
  /** Submitted at or after (ISO-8601), if given. */
  readonly from?: string | undefined;
  /** Submitted before (ISO-8601), if given. */
  readonly to?: string | undefined;
}

/** Requests and admissions in one group. */
export interface InquiryConversionRow {
  readonly key: string | null;
  readonly name: string | null;
  readonly inquiries: number;
  readonly admitted: number;
}

/** What the manager reports are computed from: a handful of grouped counts and the contact times. */
export interface InquiryReportCounts {
  /** Requests per status now. */
  readonly current: ReadonlyMap<string, number>;
  /** Requests that ever held each status (from the activity log). */
  readonly reached: ReadonlyMap<string, number>;
  /** Submission and first-contact time of each request that has been contacted. */
  readonly contactTimes: readonly { readonly submittedAt: string; readonly firstContactAt: string }[];
  readonly byLevel: readonly InquiryConversionRow[];
  readonly byFacility: readonly InquiryConversionRow[];
}

function inScope(scope: InquiryReportScope) {
  return (eb: ExpressionBuilder<DatabaseSchema, 'inquiry'>) =>
    eb.and([
      eb('inquiry.facility_id', 'in', scope.facilityIds),
      ...(scope.from === undefined ? [] : [eb('inquiry.submitted_at', '>=', scope.from)]),
      ...(scope.to === undefined ? [] : [eb('inquiry.submitted_at', '<', scope.to)]),
    ]);
}

const admittedCount = sql<number | string>`sum(case when inquiry.status = 'admitted' then 1 else 0 end)`;

/**
 * The grouped counts behind the manager reports (issue 11 §4): five queries, each one grouped
 * scan of the facilities' requests; nothing per row is sent back except the contact times.
 *
 * @param executor - Database or transaction.
 * @param scope - Facilities and time range.
 * @returns The counts.
 */
export async function inquiryReportCounts(executor: Executor, scope: InquiryReportScope): Promise<InquiryReportCounts> {
  if (scope.facilityIds.length === 0) {
    return { current: new Map(), reached: new Map(), contactTimes: [], byLevel: [], byFacility: [] };
  }
  const current = await executor
    .selectFrom('inquiry')
    .select((eb) => ['inquiry.status', eb.fn.countAll<number | string>().as('n')])
    .where(inScope(scope))
    .groupBy('inquiry.status')
    .execute();
  const reached = await executor
    .selectFrom('inquiry_activity')
    .innerJoin('inquiry', 'inquiry.id', 'inquiry_activity.inquiry_id')
    .select((eb) => [
      'inquiry_activity.to_status',
      eb.fn.count<number | string>('inquiry_activity.inquiry_id').distinct().as('n'),
    ])
    .where(inScope(scope))
    .where('inquiry_activity.to_status', 'is not', null)
    .groupBy('inquiry_activity.to_status')
    .execute();
  const contactTimes = await executor
    .selectFrom('inquiry')
    .select(['inquiry.submitted_at', 'inquiry.first_contact_at'])
    .where(inScope(scope))
    .where('inquiry.first_contact_at', 'is not', null)
    .execute();
  const byLevel = await executor
    .selectFrom('inquiry')
    .select((eb) => ['inquiry.level_of_care', eb.fn.countAll<number | string>().as('n'), admittedCount.as('admitted')])
    .where(inScope(scope))
    .groupBy('inquiry.level_of_care')
    .execute();
  const byFacility = await executor
    .selectFrom('inquiry')
    .innerJoin('facility', 'facility.id', 'inquiry.facility_id')
    .select((eb) => [
      'inquiry.facility_id',
      'facility.name',
      eb.fn.countAll<number | string>().as('n'),
      admittedCount.as('admitted'),
    ])
    .where(inScope(scope))
    .groupBy(['inquiry.facility_id', 'facility.name'])
    .orderBy('facility.name')
    .execute();
  return {
    current: new Map(current.map((row) => [row.status, Number(row.n)])),
    reached: new Map(reached.flatMap((row) => (row.to_status === null ? [] : [[row.to_status, Number(row.n)]]))),
    contactTimes: contactTimes.map((row) => ({
      submittedAt: row.submitted_at,
      firstContactAt: row.first_contact_at ?? '',
    })),
    byLevel: byLevel.map((row) => ({
      key: row.level_of_care,
      name: null,
      inquiries: Number(row.n),
      admitted: Number(row.admitted),
    })),
    byFacility: byFacility.map((row) => ({
      key: row.facility_id,
      name: row.name,
      inquiries: Number(row.n),
      admitted: Number(row.admitted),
    })),
  };
}
