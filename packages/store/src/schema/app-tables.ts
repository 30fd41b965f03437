import type { ColumnType } from 'kysely';
import type { AuditOutcome, DisclosureAction, MembershipRole, RecipientKind } from '../vocabulary.js';

/*
 * Our own tables. Portable on purpose: ids are text, times are ISO-8601 UTC text with
 * milliseconds (they sort the same on both databases), flags are integer 0/1, JSON is text.
 */

/** A row version for optimistic concurrency: starts at 1, +1 on every update. */
type RowVersion = ColumnType<number, number | undefined, number>;

/** A column added after the table was created: optional on insert. */
type Added<T> = ColumnType<T, T | undefined, T>;

export interface FacilityTable {
  id: string;
  name: string;
  region: string;
  address: string;
  created_at: string;
  updated_at: string;
  version: RowVersion;
  // Issue 11 (migration 0010): the care network's profile.
  street1: Added<string | null>;
  street2: Added<string | null>;
  city: Added<string | null>;
  state: Added<string | null>;
  zip: Added<string | null>;
  latitude: Added<number | null>;
  longitude: Added<number | null>;
  phone: Added<string | null>;
  admissions_line: Added<string | null>;
  hours: Added<string | null>;
  /** JSON array of ISO 639 codes. */
  languages: Added<string>;
  website: Added<string | null>;
  demo: Added<number>;
  source: Added<string>;
  external_key: Added<string | null>;
  last_verified_at: Added<string | null>;
  last_verified_by: Added<string | null>;
}

/** A programme of a facility (migration 0010); list columns are JSON text arrays. */
export interface ProgrammeTable {
  id: string;
  facility_id: string;
  name: string;
  level_of_care: string;
  medications: string;
  otp: number;
  kratom_experience: number;
  kratom_testing: number;
  populations: string;
  services: string;
  payers: string;
  commercial_insurers: string;
  unmapped_codes: string;
  capacity_available: number | null;
  next_intake_date: string | null;
  last_verified_at: string | null;
  last_verified_by: string | null;
  created_at: string;
  updated_at: string;
  version: RowVersion;
}

export interface MembershipTable {
  id: string;
  user_id: string;
  facility_id: string;
  role: MembershipRole;
  created_at: string;
}

export interface PatientTable {
  id: string;
  facility_id: string | null;
  user_id: string | null;
  given_name: string;
  family_name: string;
  birth_date: string | null;
  email: string | null;
  phone: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: RowVersion;
}

export interface CareTeamTable {
  patient_id: string;
  clinician_user_id: string;
  added_by: string;
  created_at: string;
}

export interface ConsentTable {
  id: string;
  consent_group_id: string;
  version: number;
  patient_id: string;
  recipient_kind: RecipientKind;
  recipient_user_id: string | null;
  recipient_name: string | null;
  /** JSON array of consent categories. */
  categories: string;
  purpose: string;
  expires_at: string | null;
  expiry_event: string | null;
  attestation: string;
  created_by: string;
  created_at: string;
  revoked_at: string | null;
  revoked_by: string | null;
  superseded_by: string | null;
}

export interface DisclosureTable {
  id: string;
  patient_id: string;
  consent_id: string | null;
  recipient_kind: RecipientKind;
  recipient_user_id: string | null;
  recipient_name: string | null;
  /** JSON array of consent categories. */
  categories: string;
  purpose: string;
  action: DisclosureAction;
  resource_type: string;
  resource_id: string | null;
  actor_user_id: string;
  occurred_at: string;
  request_id: string;
}

/** Statuses of a clinical record: a wrong entry is marked, never deleted. */
export type ClinicalRecordStatus = 'final' | 'amended' | 'entered-in-error';

/** Every clinical record type in one table (decision 0007); the type's fields are the JSON body. */
export interface ClinicalRecordTable {
  id: string;
  patient_id: string;
  /** The record type's registry name, e.g. `vitals`. */
  type: string;
  version: RowVersion;
  status: ClinicalRecordStatus;
  /** The clinical time (when the vitals were taken); lists sort on it. */
  recorded_at: string;
  recorded_by: string;
  /** JSON object: the type's own fields. */
  body: string;
  /**
   * The kind within the type a list filters on (an assessment's instrument), set from the body by
   * the type's declaration; null for types without one (migration 0009).
   */
  subtype: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: string;
  updated_at: string;
  entered_in_error_reason: string | null;
  entered_in_error_by: string | null;
  entered_in_error_at: string | null;
}

export interface BreakGlassTable {
  id: string;
  user_id: string;
  patient_id: string;
  facility_id: string;
  reason: string;
  started_at: string;
  expires_at: string;
  reviewed_at: string | null;
  reviewed_by: string | null;
  review_note: string | null;
}

export interface IdempotencyKeyTable {
  user_id: string;
  key: string;
  route: string;
  request_hash: string;
  status_code: number;
  response_body: string;
  created_at: string;
}

export interface AuditEventTable {
  /** Assigned by `appendAudit` as the previous seq + 1, so a gap means a missing row. */
  seq: number;
  id: string;
  at: string;
  actor_user_id: string | null;
  actor_role: string | null;
  actor_facility_id: string | null;
  action: string;
  patient_id: string | null;
  resource_type: string;
  resource_id: string | null;
  outcome: AuditOutcome;
  /** 1 when the access used break-glass, else 0. */
  break_glass: number;
  reason: string | null;
  request_id: string;
  client_ip: string;
  prev_hash: string;
  hash: string;
}

/**
 * One row per patient: the monitoring facts the dashboard and the monitoring board show, kept
 * current by the record platform in every write's transaction (migration 0009, decision 0024).
 */
export interface PatientMonitoringTable {
  patient_id: string;
  /** 1 while a withdrawal score is scheduled (latest COWS at or above the threshold, or a dose waiting for its post-dose COWS). */
  in_withdrawal: number;
  next_score_due_at: string | null;
  next_score_due_rule: string | null;
  last_kratom_dose_at: string | null;
  latest_score_id: string | null;
  latest_score_instrument: string | null;
  latest_score_total: number | null;
  latest_score_band: string | null;
  latest_score_at: string | null;
  latest_score_trend: string | null;
  /** JSON array of the alerts that do not depend on the clock (the due alert is worked out on read). */
  alerts: string;
  /** 0 urgent, 1 high, 2 routine, 3 none: the most pressing stored alert, for the dashboard's order. */
  attention: number;
  care_level: string | null;
  updated_at: string;
}
