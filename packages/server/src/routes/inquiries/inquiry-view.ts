import type { TInquiryActivity, TInquiryBenefits, TInquiryDetail, TInquirySummary } from '@kratom-care/contracts';
import { inquiryTimers } from '@kratom-care/domain';
import type { InquiryActivityRecord, InquiryRecord } from '@kratom-care/store';

/** What a view needs besides the row: the time now and the first-contact target. */
export interface InquiryClock {
  readonly now: string;
  readonly targetMinutes: number;
}

/*
 * The store keeps the values the contracts validated on the way in, so the casts below narrow
 * text columns back to the vocabularies they were checked against (CHECK constraints hold the
 * statuses; the JSON columns are written only from validated bodies).
 */

/**
 * @param inquiry - A stored request.
 * @param clock - Now and the target.
 * @returns The queue row with its timers.
 */
export function inquirySummary(inquiry: InquiryRecord, clock: InquiryClock): TInquirySummary {
  const timers = inquiryTimers(inquiry.submittedAt, inquiry.firstContactAt, clock.now, clock.targetMinutes);
  return {
    id: inquiry.id,
    reference: inquiry.reference,
    facilityId: inquiry.facilityId,
    status: inquiry.status as TInquirySummary['status'],
    name: inquiry.name,
    forWhom: inquiry.forWhom as TInquirySummary['forWhom'],
    bestTime: inquiry.bestTime as TInquirySummary['bestTime'],
    levelOfCare: inquiry.levelOfCare as TInquirySummary['levelOfCare'],
    needs: inquiry.needs as TInquirySummary['needs'],
    routedToFamilyProgramme: inquiry.routedToFamilyProgramme,
    submittedAt: inquiry.submittedAt,
    firstContactAt: inquiry.firstContactAt,
    minutesWaiting: timers.minutesWaiting,
    firstContactOverdue: timers.firstContactOverdue,
    version: inquiry.version,
  };
}

/**
 * @param entry - A stored log entry.
 * @returns Its API view.
 */
export function inquiryActivityView(entry: InquiryActivityRecord): TInquiryActivity {
  return {
    id: entry.id,
    kind: entry.kind as TInquiryActivity['kind'],
    text: entry.text,
    fromStatus: entry.fromStatus as TInquiryActivity['fromStatus'],
    toStatus: entry.toStatus as TInquiryActivity['toStatus'],
    actorUserId: entry.actorUserId,
    actorName: entry.actorName,
    at: entry.at,
  };
}

/**
 * @param inquiry - A stored request.
 * @param activity - Its log, oldest first.
 * @param referredFromReference - The reference of the request it was referred on from, if any.
 * @param clock - Now and the target.
 * @returns The detail view.
 */
export function inquiryDetail(
  inquiry: InquiryRecord,
  activity: readonly InquiryActivityRecord[],
  referredFromReference: string | null,
  clock: InquiryClock,
): TInquiryDetail {
  return {
    ...inquirySummary(inquiry, clock),
    phone: inquiry.phone,
    email: inquiry.email,
    zip: inquiry.zip,
    state: inquiry.state,
    payer: inquiry.payer as TInquiryDetail['payer'],
    selfCheckSummary: inquiry.selfCheckSummary,
    closeReason: inquiry.closeReason,
    benefits: inquiry.benefits as TInquiryBenefits | null,
    transport: inquiry.transport,
    convertedPatientId: inquiry.convertedPatientId,
    referredFromReference,
    activity: activity.map(inquiryActivityView),
    firstContactTargetMinutes: clock.targetMinutes,
  };
}
