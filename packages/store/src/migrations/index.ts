import type { Migration, MigrationProvider } from 'kysely';
import { migration0001AppMeta } from './0001-app-meta.js';
import { migration0002AuthTables } from './0002-auth-tables.js';
import { migration0003OrganisationAndRecords } from './0003-organisation-and-records.js';
import { migration0004ClinicalRecords } from './0004-clinical-records.js';
import { migration0005SharedState } from './0005-shared-state.js';
import { migration0006ListIndexes } from './0006-list-indexes.js';
import { migration0007HashedSessionTokens } from './0007-hashed-session-tokens.js';
import { migration0008UserVersion } from './0008-user-version.js';
import { migration0009MonitoringSummary } from './0009-monitoring-summary.js';
import { migration0010CareNetwork } from './0010-care-network.js';
import { migration0011Inquiries } from './0011-inquiries.js';
import { migration0012PrincipalChanges } from './0012-principal-changes.js';

/**
 * Every migration, keyed by name. Names sort in the order they must run; never rename or edit a
 * migration that has shipped, add a new one instead.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-app-meta': migration0001AppMeta,
  '0002-auth-tables': migration0002AuthTables,
  '0003-organisation-and-records': migration0003OrganisationAndRecords,
  '0004-clinical-records': migration0004ClinicalRecords,
  '0005-shared-state': migration0005SharedState,
  '0006-list-indexes': migration0006ListIndexes,
  '0007-hashed-session-tokens': migration0007HashedSessionTokens,
  '0008-user-version': migration0008UserVersion,
  '0009-monitoring-summary': migration0009MonitoringSummary,
  '0010-care-network': migration0010CareNetwork,
  '0011-inquiries': migration0011Inquiries,
  '0012-principal-changes': migration0012PrincipalChanges,
};

/** A static provider, so migrations work from `dist/` without reading a folder at runtime. */
export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve({ ...MIGRATIONS }),
};
