import type { ColumnType } from 'kysely';

/*
 * The call-back requests and their log (migration 0011). Portable like the other tables: text
 * ids, ISO-8601 UTC text times, integer 0/1 flags, JSON as text.
 */

/** A row version for optimistic concurrency: starts at 1, +1 on every update. */
type RowVersion = ColumnType<number, number | undefined, number>;

export interface InquiryTable {
  id: string;
  /** What the person quotes on the phone, e.g. `KC-7F3Q-9K2M`; unique. */
  reference: string;
  facility_id: string;
  status: string;
  /** 1 while the status is an open one (new … assessment-scheduled). */
  is_open: number;
  close_reason: string | null;
  name: string;
  phone: string | null;
  email: string | null;
  best_time: string;
  for_whom: string;
  zip: string | null;
  state: string | null;
  /** JSON `{ kind, insurer, memberId }` or null. */
  payer: string | null;
  level_of_care: string | null;
  /** The facility the person named on the form, if any. */
  requested_facility_id: string | null;
  /** JSON array of needs. */
  needs: string;
  routed_to_family_programme: number;
  /** How the facility was chosen: named-facility, nearest-with-level, nearest, in-state, any, referral, moved. */
  routed_by: string;
  self_check_summary: string | null;
  consent_to_contact_at: string;
  /** JSON benefits checklist or null. */
  benefits: string | null;
  /** JSON transport request or null. */
  transport: string | null;
  submitted_at: string;
  first_contact_at: string | null;
  converted_patient_id: string | null;
  referred_from_id: string | null;
  created_at: string;
  updated_at: string;
  version: RowVersion;
}

export interface InquiryActivityTable {
  id: string;
  inquiry_id: string;
  kind: string;
  text: string | null;
  from_status: string | null;
  to_status: string | null;
  /** Null for the person's own submission. */
  actor_user_id: string | null;
  at: string;
}

/** A referral of a request to another provider: who received what, on which consent. */
export interface InquiryDisclosureTable {
  id: string;
  inquiry_id: string;
  recipient_kind: 'network-facility' | 'outside-provider';
  recipient_facility_id: string | null;
  recipient_name: string;
  summary: string;
  consent_to_contact_at: string;
  /** The coordinator who recorded the person's agreement to an outside referral. */
  consent_confirmed_by: string | null;
  actor_user_id: string;
  occurred_at: string;
  request_id: string;
}
