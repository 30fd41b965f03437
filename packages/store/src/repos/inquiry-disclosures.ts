import { randomUUID } from 'node:crypto';
import type { Executor } from '../executor.js';
import type { InquiryDisclosureTable } from '../schema/inquiry-tables.js';

/** A referral that passed a request to another provider, and the consent it rested on. Append-only. */
export interface InquiryDisclosureInput {
  readonly inquiryId: string;
  readonly recipientKind: InquiryDisclosureTable['recipient_kind'];
  readonly recipientFacilityId: string | null;
  readonly recipientName: string;
  readonly summary: string;
  readonly consentToContactAt: string;
  readonly consentConfirmedBy: string | null;
  readonly actorUserId: string;
  readonly occurredAt: string;
  readonly requestId: string;
}

/**
 * Records one referral of a request (decision 0031). Write it in the referral's transaction.
 *
 * @param executor - The referral's transaction.
 * @param input - Who received what, on which consent.
 * @returns The new row's id.
 */
export async function recordInquiryDisclosure(executor: Executor, input: InquiryDisclosureInput): Promise<string> {
  const id = randomUUID();
  await executor
    .insertInto('inquiry_disclosure')
    .values({
      id,
      inquiry_id: input.inquiryId,
      recipient_kind: input.recipientKind,
      recipient_facility_id: input.recipientFacilityId,
      recipient_name: input.recipientName,
      summary: input.summary,
      consent_to_contact_at: input.consentToContactAt,
      consent_confirmed_by: input.consentConfirmedBy,
      actor_user_id: input.actorUserId,
      occurred_at: input.occurredAt,
      request_id: input.requestId,
    })
    .execute();
  return id;
}

/**
 * @param executor - Database or transaction.
 * @param inquiryId - The request.
 * @returns Its referrals, oldest first.
 */
export async function listInquiryDisclosures(
  executor: Executor,
  inquiryId: string,
): Promise<(InquiryDisclosureInput & { readonly id: string })[]> {
  const rows = await executor
    .selectFrom('inquiry_disclosure')
    .selectAll()
    .where('inquiry_id', '=', inquiryId)
    .orderBy('occurred_at', 'asc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    inquiryId: row.inquiry_id,
    recipientKind: row.recipient_kind,
    recipientFacilityId: row.recipient_facility_id,
    recipientName: row.recipient_name,
    summary: row.summary,
    consentToContactAt: row.consent_to_contact_at,
    consentConfirmedBy: row.consent_confirmed_by,
    actorUserId: row.actor_user_id,
    occurredAt: row.occurred_at,
    requestId: row.request_id,
  }));
}
