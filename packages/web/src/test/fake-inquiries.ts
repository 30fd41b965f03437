import type { TInquiryDetail, TInquirySummary, TListInquiriesResponse } from '@kratom-care/contracts';
import type { FakeReply } from '../api/fake-api';

/** A fictional queue row (Maple Street Clinic), waiting 20 minutes, nobody has called yet. */
export function summary(overrides: Partial<TInquirySummary> = {}): TInquirySummary {
  return {
    id: 'inq-1',
    reference: 'KC-7F3Q-9K2M',
    facilityId: 'facility-maple',
    status: 'new',
    name: 'Robin Example',
    forWhom: 'self',
    bestTime: 'evening',
    levelOfCare: 'iop',
    needs: [],
    routedToFamilyProgramme: false,
    submittedAt: '2026-11-28T10:00:00.000Z',
    firstContactAt: null,
    minutesWaiting: 20,
    firstContactOverdue: false,
    version: 3,
    ...overrides,
  };
}

/** The same request in full, with its submission as the first log entry. */
export function detail(overrides: Partial<TInquiryDetail> = {}): TInquiryDetail {
  return {
    ...summary(),
    phone: '215-555-0123',
    email: 'robin@example.org',
    zip: '19104',
    state: 'PA',
    payer: { kind: 'commercial', insurer: 'Example Health Plan (fictional)', memberId: 'EX123' },
    selfCheckSummary: 'Self-check summary (fictional): moderate withdrawal likely.',
    closeReason: null,
    benefits: null,
    transport: null,
    convertedPatientId: null,
    referredFromReference: null,
    activity: [
      {
        id: 'act-1',
        kind: 'status',
        text: null,
        fromStatus: null,
        toStatus: 'new',
        actorUserId: null,
        actorName: null,
        at: '2026-11-28T10:00:00.000Z',
      },
    ],
    firstContactTargetMinutes: 60,
    ...overrides,
  };
}

/** @returns A handler answering with this body and status 200. */
export const ok =
  (body: unknown, status = 200) =>
  (): FakeReply => ({ status, body });

/**
 * A page of the admissions queue, with the first-contact target its overdue flags are measured against.
 *
 * @param items - The rows.
 * @param nextCursor - The next page's cursor, or null on the last page.
 * @param firstContactTargetMinutes - The target (30 minutes unless given).
 * @returns The page.
 */
export function queuePage(
  items: readonly TInquirySummary[],
  nextCursor: string | null = null,
  firstContactTargetMinutes = 30,
): TListInquiriesResponse {
  return { items: [...items], nextCursor, firstContactTargetMinutes };
}
