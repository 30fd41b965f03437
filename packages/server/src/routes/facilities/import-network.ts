import {
  readNetworkImport,
  ZApiError,
  ZImportNetworkRequest,
  ZImportNetworkResponse,
  type TApiIssue,
} from '@kratom-care/contracts';
import type { AuditOutcome, Executor } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { facilitiesWithRole } from '../../access/policy.js';
import { notFound } from '../../access/with-patient-access.js';
import { requireAuthenticated } from '../../auth/index.js';
import { auditAccess } from '../../audit/audit-access.js';
import { applyNetworkImport, type NetworkImportCounts } from '../../care-network/apply-network-import.js';
import { withCoordinates } from '../../care-network/network-facility-input.js';
import { AppError } from '../../errors.js';

/** A whole state's locator export is about 3 MB of JSON; the route takes up to 10 MiB (the app's limit is 1 MB). */
export const IMPORT_BODY_LIMIT_BYTES = 10 * 1024 * 1024;

/** The most issues one answer lists; a file with more gets one more issue saying how many were left out. */
const MAX_ISSUES = 500;

function cappedIssues(issues: readonly TApiIssue[]): TApiIssue[] {
  if (issues.length <= MAX_ISSUES) {
    return [...issues];
  }
  return [
    ...issues.slice(0, MAX_ISSUES),
    { path: ['content'], message: `${issues.length - MAX_ISSUES} more problems not listed; fix these first` },
  ];
}

/**
 * `POST /api/facilities/import` { format: csv | json | locator, content, dryRun? }: an admin loads
 * facilities and programmes from our CSV or JSON format or from the FindTreatment.gov locator's JSON
 * (docs/network-import-format.md). Every row is checked first; any problem answers 400 with every issue at
 * `['rows', i, field]` and stores nothing. Otherwise all rows are stored in one transaction, each found
 * again by its source and key, so a re-import updates instead of duplicating; `dryRun` reports the same
 * counts and stores nothing. Each answered call writes one audit row (`network.import`). Other callers 404.
 *
 * @param app - The app (with a database).
 */
export function registerImportNetwork(app: App): void {
  app.post(
    '/api/facilities/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT_BYTES,
      schema: {
        summary: 'Import facilities and programmes (our CSV or JSON, or the FindTreatment.gov locator JSON)',
        tags: ['facilities'],
        body: ZImportNetworkRequest,
        response: { 200: ZImportNetworkResponse, 400: ZApiError, 404: ZApiError, 413: ZApiError },
      },
    },
    async (request) => {
      const principal = requireAuthenticated(request);
      const db = app.identity.db;
      const at = app.identity.clock().toISOString();
      const audit = (executor: Executor, outcome: AuditOutcome, reason: string | null): Promise<void> =>
        auditAccess(executor, request, principal, {
          action: 'network.import',
          resourceType: 'facility',
          outcome,
          reason,
          at,
        });
      if (facilitiesWithRole(principal, 'admin').length === 0) {
        await audit(db, 'denied', null);
        throw notFound();
      }
      const { format, content, dryRun } = request.body;
      const read = readNetworkImport(format, content);
      const located = read.ok ? withCoordinates(read.facilities) : read;
      if (!read.ok || !located.ok) {
        const issues = located.ok ? [] : located.issues;
        await audit(db, 'denied', `${format} import refused: ${issues.length} problems`);
        throw new AppError('INVALID_BODY', 'The import has problems; nothing was stored', cappedIssues(issues));
      }
      const summary = (counts: NetworkImportCounts): string =>
        `${format}${dryRun ? ' dry run' : ''}: ${counts.created} created, ${counts.updated} updated, ` +
        `${counts.unchanged} unchanged, ${read.skipped.length} skipped`;
      const counts = await applyNetworkImport(db, located.facilities, {
        dryRun,
        at,
        inTransaction: (trx, applied) => audit(trx, 'allowed', summary(applied)),
      });
      if (dryRun) {
        await audit(db, 'allowed', summary(counts));
      }
      return { dryRun, ...counts, skipped: [...read.skipped] };
    },
  );
}
