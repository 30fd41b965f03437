export {
  createDatabase,
  POSTGRES_POOL_MAX,
  SQLITE_BUSY_TIMEOUT_MS,
  type DatabaseConfig,
  type DatabaseHooks,
} from './create-database.js';
export { APP_META_KEYS, type AppDatabase, type AppMetaTable, type DatabaseSchema } from './database-schema.js';
export { dialectOf, withTransaction, type Dialect, type Executor } from './executor.js';
export { MigrationError, migrateToLatest } from './migrate.js';
export { MIGRATIONS } from './migrations/index.js';
export { watchPrincipalChanges, type PrincipalChanges } from './principal-changes.js';
export { backupSqlite } from './backup-sqlite.js';
// Lists page inside the store; callers see only the page shape and the refusal of a forged cursor.
export { InvalidCursorError, type KeysetPage, type KeysetRequest } from './keyset.js';
export {
  AUDIT_OUTCOMES,
  CATEGORIES_OUTSIDE_ALL,
  CONSENT_CATEGORIES,
  consentCovers,
  DISCLOSURE_ACTIONS,
  MEMBERSHIP_ROLES,
  RECIPIENT_KINDS,
  type AuditOutcome,
  type ConsentCategory,
  type DisclosureAction,
  type MembershipRole,
  type RecipientKind,
} from './vocabulary.js';

export * from './repos/facilities.js';
export * from './repos/programmes.js';
export * from './repos/network-facilities.js';
export {
  addMembership,
  countMembershipsWithRole,
  listMembershipsForUser,
  removeMembership,
  type MembershipRecord,
} from './repos/memberships.js';
export { createPatient, getPatient, getPatientByUserId, linkPatientUser, updatePatient } from './repos/patients.js';
export type { PatientChanges, PatientRecord } from './repos/patients.js';
export * from './repos/visible-patients.js';
export { patientVisibleTo, type PatientScope } from './repos/patient-scope.js';
export * from './repos/access-rows.js';
export * from './repos/patient-access.js';
export * from './repos/care-team.js';
export { createConsent, getConsent, revokeConsent } from './repos/consents.js';
export type { ConsentRecord, ConsentTerms } from './repos/consents.js';
export * from './repos/consent-queries.js';
export * from './repos/external-consents.js';
export * from './repos/disclosures.js';
export * from './repos/clinical-records.js';
export * from './repos/panel-records.js';
export * from './repos/patient-monitoring.js';
export * from './repos/break-glass.js';
export * from './repos/idempotency.js';
export * from './repos/users.js';
export * from './repos/facility-users.js';
export * from './repos/sessions.js';
export { sessionTokenDigest } from './repos/session-token.js';
export * from './repos/app-meta.js';
export * from './repos/rate-limit-counters.js';
export * from './repos/inquiries.js';
export * from './repos/inquiry-activity.js';
export * from './repos/inquiry-disclosures.js';
export * from './repos/inquiry-reports.js';
export * from './repos/inquiry-routing.js';
export { claimTotpCode } from './repos/totp-code-uses.js';
export { purgeExpired, type PurgeCounts, type PurgeCutoffs, type PurgeTable } from './repos/purge-expired.js';
export { deleteInvitations, invitationValue, invitedUserId } from './repos/invitations.js';

export { appendAudit } from './audit/append-audit.js';
export { AUDIT_MAX_BATCH, AuditWriter, createAuditWriter, type AuditWriterOptions } from './audit/audit-writer.js';
export {
  AUDIT_GENESIS_HASH,
  AUDIT_KEY_MIN_BYTES,
  auditKeyFrom,
  auditRowHash,
  canonicalAuditJson,
  type AuditKey,
} from './audit/audit-hash.js';
export {
  AUDIT_KEY_INTRODUCED_ACTION,
  AuditKeyMismatchError,
  introduceAuditKey,
} from './audit/audit-key-introduction.js';
export type { AuditEventInput, AuditEventRecord } from './audit/audit-record.js';
export { queryAudit, type AuditEventWithNames, type AuditFilters } from './audit/query-audit.js';
export {
  verifyAuditChain,
  type AuditAnchor,
  type AuditChainProblem,
  type AuditKeyring,
  type AuditVerification,
} from './audit/verify-audit-chain.js';

export {
  createScratchDatabase,
  scratchTargets,
  type ScratchDatabase,
  type ScratchTarget,
  whileSchemasKept,
} from './testing/scratch-database.js';
export { insertTestUser } from './testing/fixtures.js';
export { testAuditKey } from './testing/audit-key.js';
export { recordStatements, type StatementRecorder } from './testing/record-statements.js';
