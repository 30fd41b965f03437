import type { TImportNetworkRequest, TImportNetworkResponse } from '@kratom-care/contracts';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { ApiError } from '../../api/api-error';
import { useT } from '../../i18n/use-t';
import { DataTable } from '../../ui/data-table';
import { RequestError } from '../../ui/form';
import type { ImportProblems, ImportRowProblem } from './import-issues';

/** What the last check or import answered, with the request it answered (to import exactly that). */
export type ImportResult =
  | {
      readonly kind: 'checked' | 'imported';
      readonly counts: TImportNetworkResponse;
      readonly request: TImportNetworkRequest;
    }
  | { readonly kind: 'refused'; readonly problems: ImportProblems; readonly request: TImportNetworkRequest }
  | { readonly kind: 'failed'; readonly error: ApiError; readonly request: TImportNetworkRequest };

interface ImportOutcomeProps {
  readonly result: ImportResult | null;
  /** The request that passed the check and is still what the form holds; null when there is none. */
  readonly importable: TImportNetworkRequest | null;
  readonly busy: boolean;
  readonly onImport: (request: TImportNetworkRequest) => void;
}

function ProblemsTable({ rows }: { readonly rows: readonly ImportRowProblem[] }) {
  const t = useT();
  return (
    <DataTable
      caption={t('networkImport.problems.caption')}
      columns={[
        { id: 'row', header: t('networkImport.problems.row'), numeric: true, cell: (problem) => problem.row },
        {
          id: 'field',
          header: t('networkImport.problems.field'),
          cell: (problem) =>
            problem.field === '' ? t('networkImport.problems.wholeRow') : <code>{problem.field}</code>,
        },
        { id: 'message', header: t('networkImport.problems.message'), cell: (problem) => problem.message },
      ]}
      rows={rows}
      rowKey={(problem) => `${String(problem.row)}-${problem.field}-${problem.message}`}
    />
  );
}

/** Valid rows that make no facility (e.g. a locator listing with no level of care we list), and why. */
function SkippedTable({ rows }: { readonly rows: TImportNetworkResponse['skipped'] }) {
  const t = useT();
  return (
    <DataTable
      caption={t('networkImport.skipped.caption')}
      columns={[
        { id: 'row', header: t('networkImport.problems.row'), numeric: true, cell: (row) => row.row + 1 },
        { id: 'name', header: t('networkImport.skipped.name'), cell: (row) => row.name },
        { id: 'reason', header: t('networkImport.skipped.reason'), cell: (row) => row.reason },
      ]}
      rows={rows}
      rowKey={(row) => String(row.row)}
    />
  );
}

/** After a passed check: the Import button, or why it is gone (the form changed since). */
function ImportAction({ importable, busy, onImport }: Omit<ImportOutcomeProps, 'result'>) {
  const t = useT();
  if (importable === null) {
    return <p>{t('networkImport.changedSinceCheck')}</p>;
  }
  return (
    <>
      <p>{t('networkImport.notYet')}</p>
      <div className="button-row">
        <button
          className="button"
          type="button"
          disabled={busy}
          aria-busy={busy || undefined}
          onClick={() => {
            onImport(importable);
          }}
        >
          {t('networkImport.import')}
        </button>
      </div>
    </>
  );
}

/**
 * The answer to "Check" or "Import", under the form: the counts (and the Import button once a check has
 * passed), or the row-by-row problems in a table that turns into cards on a phone. Its heading takes
 * focus when a new answer arrives, so a screen-reader user hears the outcome without hunting for it.
 */
export function ImportOutcome({ result, importable, busy, onImport }: ImportOutcomeProps) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (result !== null) {
      heading.current?.focus();
    }
  }, [result]);
  if (result === null) {
    return null;
  }
  const title = t(`networkImport.outcome.${result.kind}`);
  return (
    <section className="net-outcome" aria-labelledby="network-import-outcome">
      <h2 id="network-import-outcome" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {result.kind === 'checked' || result.kind === 'imported' ? (
        <>
          <ul className="net-counts">
            <li>{t('networkImport.counts.created', { count: result.counts.created })}</li>
            <li>{t('networkImport.counts.updated', { count: result.counts.updated })}</li>
            <li>{t('networkImport.counts.unchanged', { count: result.counts.unchanged })}</li>
            {result.counts.skipped.length === 0 ? null : (
              <li>{t('networkImport.counts.skipped', { count: result.counts.skipped.length })}</li>
            )}
          </ul>
          {result.counts.skipped.length === 0 ? null : <SkippedTable rows={result.counts.skipped} />}
          {result.kind === 'imported' ? (
            <p>
              {t('networkImport.imported')} <Link to="/admin/facilities">{t('networkImport.backToList')}</Link>
            </p>
          ) : (
            <ImportAction importable={importable} busy={busy} onImport={onImport} />
          )}
        </>
      ) : null}
      {result.kind === 'refused' ? (
        <>
          <p>
            {t(result.request.dryRun === true ? 'networkImport.refusedCheck' : 'networkImport.refusedImport', {
              problems: result.problems.rows.length,
              rows: new Set(result.problems.rows.map((problem) => problem.row)).size,
            })}
          </p>
          {result.problems.file.length === 0 ? null : (
            <ul>
              {result.problems.file.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
          <ProblemsTable rows={result.problems.rows} />
        </>
      ) : null}
      {result.kind === 'failed' ? <RequestError error={result.error} /> : null}
    </section>
  );
}
