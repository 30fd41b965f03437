import type { Kysely } from 'kysely';
import type {
  AuditEventTable,
  BreakGlassTable,
  CareTeamTable,
  ClinicalRecordTable,
  ConsentTable,
  DisclosureTable,
  FacilityTable,
  IdempotencyKeyTable,
  MembershipTable,
  PatientMonitoringTable,
  PatientTable,
  ProgrammeTable,
} from './schema/app-tables.js';
import type {
  AuthAccountTable,
  AuthSessionTable,
  AuthTwoFactorTable,
  AuthUserTable,
  AuthVerificationTable,
} from './schema/auth-tables.js';
import type { InquiryActivityTable, InquiryDisclosureTable, InquiryTable } from './schema/inquiry-tables.js';
import type { RateLimitCounterTable, TotpCodeUseTable } from './schema/shared-state-tables.js';

/**
 * Installation-wide facts, one row per key. Times are ISO-8601 UTC strings so the same column
 * type works on SQLite and PostgreSQL.
 */
export interface AppMetaTable {
  key: string;
  value: string;
  updated_at: string;
}

/** Every table the app reads or writes, keyed by table name (Kysely's database interface). */
export interface DatabaseSchema {
  app_meta: AppMetaTable;
  user: AuthUserTable;
  session: AuthSessionTable;
  account: AuthAccountTable;
  verification: AuthVerificationTable;
  twoFactor: AuthTwoFactorTable;
  facility: FacilityTable;
  programme: ProgrammeTable;
  membership: MembershipTable;
  patient: PatientTable;
  care_team: CareTeamTable;
  consent: ConsentTable;
  disclosure: DisclosureTable;
  clinical_record: ClinicalRecordTable;
  patient_monitoring: PatientMonitoringTable;
  break_glass: BreakGlassTable;
  idempotency_key: IdempotencyKeyTable;
  audit_event: AuditEventTable;
  rate_limit_counter: RateLimitCounterTable;
  totp_code_use: TotpCodeUseTable;
  inquiry: InquiryTable;
  inquiry_activity: InquiryActivityTable;
  inquiry_disclosure: InquiryDisclosureTable;
}

/** The Kysely handle the rest of the app receives; the store owns how it is opened and closed. */
export type AppDatabase = Kysely<DatabaseSchema>;

/** Keys written to `app_meta` by the first migration. */
export const APP_META_KEYS = {
  installationId: 'installation_id',
  schemaCreatedAt: 'schema_created_at',
} as const;
