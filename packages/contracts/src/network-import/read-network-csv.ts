import { parseCsv, type NetworkProgrammeDraft } from '@kratom-care/domain';
import { toApiIssues } from '../api-issues.js';
import type { TApiIssue } from '../errors.js';
import { NETWORK_CSV_COLUMNS, type NetworkCsvColumn } from './network-csv-columns.js';
import {
  contentIssue,
  facilityDraft,
  programmeDraft,
  type ImportedFacility,
  type NetworkImportRead,
} from './network-import-read.js';
import {
  NETWORK_IMPORT_MAX_ROWS,
  ZImportFacilityFields,
  ZImportProgramme,
  type TImportFacilityFields,
} from './network-import-schemas.js';

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);

/** A cell's text as the value its column's schema checks; text that cannot be read stays text, so the schema names it. */
function cellValue(kind: NetworkCsvColumn['kind'], raw: string): unknown {
  const text = raw.trim();
  switch (kind) {
    case 'text':
      return text === '' ? undefined : text;
    case 'optional':
      return text === '' ? null : text;
    case 'list':
      return text
        .split(';')
        .map((part) => part.trim())
        .filter((part) => part !== '');
    case 'yes-no': {
      const lower = text.toLowerCase();
      if (text === '') {
        return undefined;
      }
      if (YES.has(lower)) {
        return true;
      }
      return NO.has(lower) ? false : text;
    }
    case 'number': {
      if (text === '') {
        return null;
      }
      const number = Number(text);
      return Number.isFinite(number) ? number : text;
    }
  }
}

interface ParsedRow {
  readonly row: number;
  readonly line: number;
  readonly facility: TImportFacilityFields;
  readonly programme: NetworkProgrammeDraft;
}

/**
 * Reads our CSV format: a header row naming the columns (any order; the optional ones may be left
 * out), then one row per programme with its facility's columns repeated (docs/network-import-format.md).
 * Every row is checked; each problem is reported at `['rows', i, column]` (i counts data rows from 0)
 * with the file's line number in the message. Rows of one `facility_key` must agree on every facility
 * column.
 *
 * @param content - The file's text.
 * @returns The facilities with their programmes, or every issue found.
 */
export function readNetworkCsv(content: string): NetworkImportRead {
  const csv = parseCsv(content);
  if (!csv.ok) {
    return contentIssue(`Line ${csv.line}: ${csv.message}`);
  }
  const [header, ...records] = csv.records;
  if (header === undefined) {
    return contentIssue('The file has no header row');
  }
  if (records.length > NETWORK_IMPORT_MAX_ROWS) {
    return contentIssue(`At most ${NETWORK_IMPORT_MAX_ROWS} rows per import; split the file`);
  }
  const byName = new Map(NETWORK_CSV_COLUMNS.map((column) => [column.column, column]));
  const headerIssues: TApiIssue[] = [];
  const columns = header.fields.map((name, index) => {
    const column = byName.get(name.trim().toLowerCase());
    if (column === undefined) {
      headerIssues.push({ path: ['content'], message: `Line ${header.line}: unknown column "${name}"` });
    } else if (header.fields.findIndex((other) => other.trim().toLowerCase() === column.column) !== index) {
      headerIssues.push({
        path: ['content'],
        message: `Line ${header.line}: the column ${column.column} appears twice`,
      });
    }
    return column;
  });
  for (const column of NETWORK_CSV_COLUMNS) {
    if (column.required && !columns.includes(column)) {
      headerIssues.push({ path: ['content'], message: `Line ${header.line}: the column ${column.column} is missing` });
    }
  }
  if (headerIssues.length > 0) {
    return { ok: false, issues: headerIssues };
  }

  const issues: TApiIssue[] = [];
  const parsedRows: ParsedRow[] = [];
  records.forEach((record, row) => {
    if (record.fields.length > columns.length) {
      issues.push({
        path: ['rows', row],
        message: `Line ${record.line}: ${record.fields.length} cells but the header names ${columns.length} columns`,
      });
      return;
    }
    const parts: Record<'facility' | 'programme', Record<string, unknown>> = { facility: {}, programme: {} };
    columns.forEach((column, index) => {
      if (column !== undefined) {
        parts[column.part][column.field] = cellValue(column.kind, record.fields[index] ?? '');
      }
    });
    const columnOf = (part: 'facility' | 'programme', field: string | number | undefined): string =>
      NETWORK_CSV_COLUMNS.find((column) => column.part === part && column.field === field)?.column ?? String(field);
    const report = (part: 'facility' | 'programme', found: readonly TApiIssue[]): void => {
      for (const issue of found) {
        issues.push({
          path: ['rows', row, columnOf(part, issue.path[0])],
          message: `Line ${record.line}: ${issue.message}`,
        });
      }
    };
    const facility = ZImportFacilityFields.safeParse(parts.facility);
    const programme = ZImportProgramme.safeParse(parts.programme);
    if (!facility.success) {
      report('facility', toApiIssues(facility.error.issues));
    }
    if (!programme.success) {
      report('programme', toApiIssues(programme.error.issues));
    }
    if (facility.success && programme.success) {
      parsedRows.push({ row, line: record.line, facility: facility.data, programme: programmeDraft(programme.data) });
    }
  });

  const groups = new Map<string, ParsedRow[]>();
  for (const parsed of parsedRows) {
    const group = groups.get(parsed.facility.externalKey);
    const first = group?.[0];
    if (group === undefined || first === undefined) {
      groups.set(parsed.facility.externalKey, [parsed]);
      continue;
    }
    const differing = NETWORK_CSV_COLUMNS.find(
      (column) =>
        column.part === 'facility' &&
        JSON.stringify(first.facility[column.field as keyof TImportFacilityFields]) !==
          JSON.stringify(parsed.facility[column.field as keyof TImportFacilityFields]),
    );
    if (differing !== undefined) {
      issues.push({
        path: ['rows', parsed.row, differing.column],
        message: `Line ${parsed.line}: differs from line ${first.line}, a row of the same facility_key; facility columns must repeat exactly`,
      });
      continue;
    }
    group.push(parsed);
  }
  if (issues.length > 0) {
    return { ok: false, issues };
  }
  if (groups.size === 0) {
    return contentIssue('The file has a header but no rows');
  }
  const facilities: ImportedFacility[] = [...groups.values()].flatMap((group) => {
    const first = group[0];
    return first === undefined
      ? []
      : [
          {
            row: first.row,
            draft: facilityDraft(
              first.facility,
              group.map((parsed) => parsed.programme),
            ),
          },
        ];
  });
  return { ok: true, facilities, skipped: [] };
}
