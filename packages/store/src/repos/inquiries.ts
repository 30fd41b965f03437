import type { Selectable } from 'kysely';
import type { Executor } from '../executor.js';
import { fetchKeysetPage, type KeysetPage, type KeysetRequest } from '../keyset.js';
import type { InquiryTable } from '../schema/inquiry-tables.js';

/*
 * Call-back requests (issue 11 §3, §4; migration 0011). The store keeps the values the server
 * validated; JSON columns are read back as the shapes below and never interpreted here.
 */

/** How the person pays, as the form gave it. */
export interface InquiryPayerValue {
  readonly kind: string;
  readonly insurer: string | null;
  readonly memberId: string | null;
}

/** The benefits checklist as the coordinator left it. */
export interface InquiryBenefitsValue {
  readonly payerKind: string | null;
  readonly insurer: string | null;
  readonly planType: string | null;
  readonly memberId: string | null;
  readonly inNetwork: boolean | null;
  readonly deductibleNotes: string | null;
  readonly outOfPocketNotes: string | null;
  readonly priorAuthorisation: string | null;
  readonly verifiedBy: string | null;
  readonly verifiedAt: string | null;
  readonly updatedAt: string;
}

/** The transport request. */
export interface InquiryTransportValue {
  readonly pickupLocation: string;
  readonly date: string;
  readonly needs: string | null;
  readonly requestedBy: string;
  readonly requestedAt: string;
}

/** One call-back request. */
export interface InquiryRecord {
  readonly id: string;
  readonly reference: string;
  readonly facilityId: string;
  readonly status: string;
  readonly closeReason: string | null;
  readonly name: string;
  readonly phone: string | null;
  readonly email: string | null;
  readonly bestTime: string;
  readonly forWhom: string;
  readonly zip: string | null;
  readonly state: string | null;
  readonly payer: InquiryPayerValue | null;
  readonly levelOfCare: string | null;
  readonly requestedFacilityId: string | null;
  readonly needs: string[];
  readonly routedToFamilyProgramme: boolean;
  readonly routedBy: string;
  readonly selfCheckSummary: string | null;
  readonly consentToContactAt: string;
  readonly benefits: InquiryBenefitsValue | null;
  readonly transport: InquiryTransportValue | null;
  readonly submittedAt: string;
  readonly firstContactAt: string | null;
  readonly convertedPatientId: string | null;
  readonly referredFromId: string | null;
  readonly version: number;
}

/** What a new request stores; `status` starts at `new`. */
export type NewInquiry = Omit<
  InquiryRecord,
  'status' | 'closeReason' | 'firstContactAt' | 'convertedPatientId' | 'version' | 'benefits' | 'transport'
>;

/** The columns a coordinator's change may set. Undefined leaves a column as it is. */
export interface InquiryChanges {
  readonly status?: string;
  readonly open?: boolean;
  readonly closeReason?: string;
  readonly facilityId?: string;
  readonly routedBy?: string;
  readonly benefits?: InquiryBenefitsValue;
  readonly transport?: InquiryTransportValue;
  readonly firstContactAt?: string;
  readonly convertedPatientId?: string;
}

/** Reads a JSON column the store itself wrote; the caller names the shape it wrote. */
function parsed(json: string | null): unknown {
  return json === null ? null : JSON.parse(json);
}

function openFlag(open: boolean | undefined): number | undefined {
  if (open === undefined) {
    return undefined;
  }
  return open ? 1 : 0;
}

function toRecord(row: Selectable<InquiryTable>): InquiryRecord {
  return {
    id: row.id,
    reference: row.reference,
    facilityId: row.facility_id,
    status: row.status,
    closeReason: row.close_reason,
    name: row.name,
    phone: row.phone,
    email: row.email,
    bestTime: row.best_time,
    forWhom: row.for_whom,
    zip: row.zip,
    state: row.state,
    payer: parsed(row.payer) as InquiryPayerValue | null,
    levelOfCare: row.level_of_care,
    requestedFacilityId: row.requested_facility_id,
    needs: (parsed(row.needs) as string[] | null) ?? [],
    routedToFamilyProgramme: row.routed_to_family_programme === 1,
    routedBy: row.routed_by,
    selfCheckSummary: row.self_check_summary,
    consentToContactAt: row.consent_to_contact_at,
    benefits: parsed(row.benefits) as InquiryBenefitsValue | null,
    transport: parsed(row.transport) as InquiryTransportValue | null,
    submittedAt: row.submitted_at,
    firstContactAt: row.first_contact_at,
    convertedPatientId: row.converted_patient_id,
    referredFromId: row.referred_from_id,
    version: row.version,
  };
}

/**
 * Stores a new request at status `new`, version 1.
 *
 * @param executor - Database or transaction.
 * @param inquiry - The request.
 * @returns The stored request.
 */
export async function insertInquiry(executor: Executor, inquiry: NewInquiry): Promise<InquiryRecord> {
  const row = {
    id: inquiry.id,
    reference: inquiry.reference,
    facility_id: inquiry.facilityId,
    status: 'new',
    is_open: 1,
    close_reason: null,
    name: inquiry.name,
    phone: inquiry.phone,
    email: inquiry.email,
    best_time: inquiry.bestTime,
    for_whom: inquiry.forWhom,
    zip: inquiry.zip,
    state: inquiry.state,
    payer: inquiry.payer === null ? null : JSON.stringify(inquiry.payer),
    level_of_care: inquiry.levelOfCare,
    requested_facility_id: inquiry.requestedFacilityId,
    needs: JSON.stringify(inquiry.needs),
    routed_to_family_programme: inquiry.routedToFamilyProgramme ? 1 : 0,
    routed_by: inquiry.routedBy,
    self_check_summary: inquiry.selfCheckSummary,
    consent_to_contact_at: inquiry.consentToContactAt,
    benefits: null,
    transport: null,
    submitted_at: inquiry.submittedAt,
    first_contact_at: null,
    converted_patient_id: null,
    referred_from_id: inquiry.referredFromId,
    created_at: inquiry.submittedAt,
    updated_at: inquiry.submittedAt,
    version: 1,
  };
  await executor.insertInto('inquiry').values(row).execute();
  return toRecord(row);
}

/**
 * @param executor - Database or transaction.
 * @param id - Request id.
 * @returns The request, or undefined.
 */
export async function getInquiry(executor: Executor, id: string): Promise<InquiryRecord | undefined> {
  const row = await executor.selectFrom('inquiry').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : toRecord(row);
}

/**
 * @param executor - Database or transaction.
 * @param ids - Request ids.
 * @returns The references of those that exist, by id.
 */
export async function inquiryReferences(executor: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await executor.selectFrom('inquiry').select(['id', 'reference']).where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, row.reference]));
}

/**
 * Changes a request if it is still at the version the caller read (optimistic concurrency).
 *
 * @param executor - The request's transaction.
 * @param id - Request id.
 * @param expectedVersion - The version the caller's `If-Match` named.
 * @param changes - What to set.
 * @param at - Update time.
 * @returns The changed request (version + 1), or `'stale'` when another write came first (the
 *   caller has already read the request, so it exists).
 */
export async function updateInquiry(
  executor: Executor,
  id: string,
  expectedVersion: number,
  changes: InquiryChanges,
  at: string,
): Promise<InquiryRecord | 'stale'> {
  const row = await executor
    .updateTable('inquiry')
    .set((eb) => ({
      // Named one by one so stray keys on `changes` can never reach other columns.
      status: changes.status,
      is_open: openFlag(changes.open),
      close_reason: changes.closeReason,
      facility_id: changes.facilityId,
      routed_by: changes.routedBy,
      benefits: changes.benefits === undefined ? undefined : JSON.stringify(changes.benefits),
      transport: changes.transport === undefined ? undefined : JSON.stringify(changes.transport),
      first_contact_at: changes.firstContactAt,
      converted_patient_id: changes.convertedPatientId,
      updated_at: at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
  return row === undefined ? 'stale' : toRecord(row);
}

/** The queue's filter: one status, the open ones, or all. */
export type InquiryQueueFilter =
  { readonly kind: 'status'; readonly status: string } | { readonly kind: 'open' } | { readonly kind: 'all' };

/**
 * One page of some facilities' requests, oldest first (the queue). For one facility the filter
 * and order come from one index (migration 0011); one query, nothing counted.
 *
 * @param executor - Database or transaction.
 * @param facilityIds - The facilities; empty lists nothing.
 * @param filter - Status filter.
 * @param page - Limit and cursor.
 * @returns The page.
 * @throws InvalidCursorError for a cursor this list did not make.
 */
export async function listInquiryQueue(
  executor: Executor,
  facilityIds: readonly string[],
  filter: InquiryQueueFilter,
  page: KeysetRequest,
): Promise<KeysetPage<InquiryRecord>> {
  if (facilityIds.length === 0) {
    return { rows: [], nextCursor: null };
  }
  const query = executor
    .selectFrom('inquiry')
    .selectAll()
    .where('facility_id', 'in', facilityIds)
    .$if(filter.kind === 'status', (q) => q.where('status', '=', filter.kind === 'status' ? filter.status : ''))
    .$if(filter.kind === 'open', (q) => q.where('is_open', '=', 1));
  const fetched = await fetchKeysetPage(
    query,
    [
      { column: 'inquiry.submitted_at', direction: 'asc' },
      { column: 'inquiry.id', direction: 'asc' },
    ],
    page,
    (row) => [row.submitted_at, row.id],
  );
  return { rows: fetched.rows.map(toRecord), nextCursor: fetched.nextCursor };
}
