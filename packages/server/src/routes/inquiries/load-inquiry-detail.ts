import type { TInquiryDetail } from '@kratom-care/contracts';
import { inquiryReferences, listInquiryActivity, type Executor, type InquiryRecord } from '@kratom-care/store';
import type { FastifyInstance } from 'fastify';
import { inquiryDetail } from './inquiry-view.js';

/**
 * The detail view of a request: its log and the reference it was referred on from, read through
 * the caller's executor (inside a write's transaction, the log includes the entry just written).
 *
 * @param app - The app (clock and first-contact target).
 * @param executor - The request's transaction or the database.
 * @param inquiry - The request as it stands.
 * @returns The detail view.
 */
export async function loadInquiryDetail(
  app: FastifyInstance,
  executor: Executor,
  inquiry: InquiryRecord,
): Promise<TInquiryDetail> {
  const activity = await listInquiryActivity(executor, inquiry.id);
  const from =
    inquiry.referredFromId === null
      ? new Map<string, string>()
      : await inquiryReferences(executor, [inquiry.referredFromId]);
  return inquiryDetail(
    inquiry,
    activity,
    inquiry.referredFromId === null ? null : (from.get(inquiry.referredFromId) ?? null),
    {
      now: app.identity.clock().toISOString(),
      targetMinutes: app.inquirySettings.firstContactTargetMinutes,
    },
  );
}
